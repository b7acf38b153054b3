# Literals: numbers with underscores and bases, string escapes, raw, bytes, implicit concatenation.
print(1_000_000, 0x_FF, 0o17, 0b1010_1010, 1_0.5e1_0, 0xdeadBEEF)
print(1e3, 1E-3, 1.5j, 3 + 4j, .5, 5., 0.0, -0.0, 00, 0_0)
print("tab\tnewline\\n quote\" apostrophe\' bell-free \x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n \t \\ stays", R"\d+")
print(b"bytes \x00\xff", rb"\x00", B"A")
print("implicit " "concatenation " 'mixed quotes')
print("""triple
quoted""", '''also
triple''')
print(len("\0"), "\0" == "\x00", repr("\x7f\x80"), repr("\r\n"))
print(repr('single \' and "double"'), repr("only 'single'"), repr('only "double"'))
print(repr("both ' and \""))
print("line\
continued")
x = (1 +
     2)
y = [
    1,
    2,
]
print(x, y)
print(type(...), ... is Ellipsis, repr(Ellipsis))
print(0 if True else 1, True, False, None)
print(9999999999999999999999999999, -0x8000000000000000, 2 ** 64)
print(u"unicode prefix", f"{'f' 'string'}", rf"\n{x}", fr"\t{y}")
print(0xA, 0XB, 0O7, 0B1)
