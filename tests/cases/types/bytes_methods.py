# bytes: construction, repr, indexing, methods, decode with errors, hex/fromhex, comparisons.
b = b"Hello, World"
print(b, b[0], b[-1], b[1:5], b[::-1], len(b), list(b[:3]), type(b[0]).__name__)
print(bytes(3), bytes([65, 66]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes(bytearray(b"y")), bytes())
print(repr(b"\x00\x7f\x80\xff\t\n\r'\"\\"), repr(b"'"), repr(b"\"'"))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes("str")
except TypeError as e:
    print(e)
try:
    b"abc" + "d"
except TypeError as e:
    print(e)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.replace(b"l", b"L"), b.count(b"l"))
print(b.find(b"World"), b.find(111), b.rfind(b"o"), b.index(b","), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b"a b  c".split(), b"a,b".rsplit(b",", 1), b.partition(b", "), b"x\ny\r\n".splitlines())
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"ab".center(6, b"*"), b"7".zfill(3), b"-".join([b"a", b"b"]))
print(b"abc".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(" ", 1))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xe6\x97".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"abc" < b"abd", b"a" == "a", b"abc" * 2, 98 in b"abc", b"bc" in b"abc", b"" in b"")
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"\x80".isascii())
print(b"%d-%s" % (1, b"x"), b"tab\there".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"ab".removeprefix(b"a"), b"ab".removesuffix(b"b"), b"a-b-c".split(b"-", maxsplit=1), b"hello".ljust(7, b"."))
print(bytes.fromhex("00ff").hex(), int.from_bytes(b"\x01\x00", "little"), list(b"\x01\x02"), b"\x41\x42".decode("ascii"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), m.tobytes(), len(m), m.nbytes, m.readonly, m.format)
