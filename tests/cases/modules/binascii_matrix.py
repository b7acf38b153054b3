# binascii: hexlify/unhexlify with sep, crc32/crc_hqx, base64/qp/uu conversions and their errors.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"", b"a", b"\x00\xff", bytes(range(7)), b"hello world", bytearray(b"xyz"), memoryview(b"mv")]
for d in data:
    show(lambda: binascii.hexlify(d))
    show(lambda: binascii.b2a_hex(d))
    for sep, n in [("-", 1), (b":", 2), (" ", -2), ("|", 3), ("_", -3), (":", 0), ("", 1), ("ab", 1), ("é", 1), (1, 1)]:
        show(lambda: binascii.hexlify(d, sep, n))
    show(lambda: binascii.hexlify(d, sep="."))
    show(lambda: binascii.crc32(d))
    show(lambda: binascii.crc32(d, 12345))
    show(lambda: binascii.crc32(d, -1))
    show(lambda: binascii.crc32(d, 2**40))
    show(lambda: binascii.crc_hqx(d, 0))
    show(lambda: binascii.crc_hqx(d, 0xFFFF))
    show(lambda: binascii.crc_hqx(d, 0x1FFFF))
    show(lambda: binascii.crc_hqx(d, -1))
    show(lambda: binascii.b2a_base64(d))
    show(lambda: binascii.b2a_base64(d, newline=False))
    show(lambda: binascii.b2a_qp(d))
    show(lambda: binascii.b2a_uu(d))
    show(lambda: binascii.b2a_uu(d, backtick=True))
show(lambda: binascii.crc_hqx(b"a"))
show(lambda: binascii.crc32("a"))
show(lambda: binascii.hexlify("ab"))
for s in [b"", b"00ff", "00FF", b"0", b"zz", "é0", b"0 0", b"abc", bytearray(b"0a"), 5]:
    show(lambda: binascii.unhexlify(s))
    show(lambda: binascii.a2b_hex(s))
for s in [b"", b"YQ==", b"YQ", b"YQ=", b"Y", b"YWJj", b"YW Jj\n", b"!!!", b"YQ==YQ==", b"Y===", b"=YQ", "YWJj", "é",
          b"YWJjZA===", b"YWJjZ", b"YWJjZ===", b"YQ=\n=", b"A", b"AB", b"ABC", b"ABCDE", b"AB=C", b"\x80YQ=="]:
    show(lambda: binascii.a2b_base64(s))
    show(lambda: binascii.a2b_base64(s, strict_mode=True))
for s in [b"", b"abc=20", b"a=\nb", b"a=3d", b"a=3D", b"a=zz", b"a=", b"a_b", b"=\r\nx", b"a==41"]:
    show(lambda: binascii.a2b_qp(s))
    show(lambda: binascii.a2b_qp(s, header=True))
for d in [b"a b\tc\n", b"=", b"x" * 80, b"a.\n", b"tab\t\n", b"\r\n", b"a \r\nb", b".", b"From x", b"\x00\xff", b"a_b c"]:
    show(lambda: binascii.b2a_qp(d))
    show(lambda: binascii.b2a_qp(d, quotetabs=True))
    show(lambda: binascii.b2a_qp(d, istext=False))
    show(lambda: binascii.b2a_qp(d, header=True))
for s in [b"", b"!86)C\n", b"#86)C\n", b" \n", b"`\n", b"$86)C\n", b"!86)C", b"!8", b"!86)C   \n", b"!86)C!!\n", b"a\n", b"z\n", b"\x7f\n"]:
    show(lambda: binascii.a2b_uu(s))
show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.b2a_uu(b"x" * 45))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
