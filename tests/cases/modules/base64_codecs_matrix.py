# base64: every codec with many inputs, altchars/validate/casefold/map01, a85/b85 options and error messages.
import base64

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00\x00\x00", b"\xff" * 7, bytes(range(40)),
        b"    ", b"\x00", b"\x00\x00\x00\x00\x00", bytearray(b"ba"), memoryview(b"mv!")]
for d in data:
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                     (base64.encodebytes, base64.decodebytes)]:
        show(lambda: (enc(d), dec(enc(d))))
    show(lambda: base64.b64encode(d, altchars=b"-_"))
    show(lambda: base64.b85encode(d, pad=True))
    show(lambda: base64.a85encode(d, foldspaces=True))
    show(lambda: base64.a85encode(d, wrapcol=5, adobe=True))
    show(lambda: base64.a85encode(d, wrapcol=1))
    show(lambda: base64.a85encode(d, wrapcol=2, pad=True, adobe=False))
    show(lambda: base64.a85decode(base64.a85encode(d, adobe=True, foldspaces=True), adobe=True, foldspaces=True))
bad64 = [b"YQ", b"YQ=", b"Y", b"YQ==\n", b"Y Q==", b"!YQ==", b"YQ==YQ==", "YQ==", "é", b"YW*j", b"YW-_", b"YW+/", 5,
         b"=", b"A===", b"AB=C", b"YQ=="*2 + b"x"]
for s in bad64:
    show(lambda: base64.b64decode(s))
    show(lambda: base64.b64decode(s, validate=True))
    show(lambda: base64.b64decode(s, altchars=b"-_"))
    show(lambda: base64.b64decode(s, altchars=b"-_", validate=True))
    show(lambda: base64.urlsafe_b64decode(s))
show(lambda: base64.b64decode(b"YQ==", altchars=b"-"))
show(lambda: base64.b64decode(b"YQ==", altchars="-_"))
show(lambda: base64.b64encode(b"a", altchars=b"---"))
show(lambda: base64.b64encode("a"))
show(lambda: base64.b64encode(5))
bad32 = [b"ME", b"MEE", b"ME======", b"MFRGG===", b"mfrgg===", b"MFRGG", b"MFRG1===", b"MFRG0===", b"MFRGGZDF", b"M=======",
         b"MF======", b"MFR=====", b"MFRG====", b"MFRGG=", b"MFRGG===\n", "MFRGG===", b"MFRG8===", b"MFRGL===", b"MFRGI===",
         b"========", b"", b"MFRGGZDFMZTQ====", b"MFRGG===MFRGG===", b"C5H66P35CPJMGQBADDM6QRJFE1======", b"AB=CDEFG"]
for s in bad32:
    show(lambda: base64.b32decode(s))
    show(lambda: base64.b32decode(s, casefold=True))
    show(lambda: base64.b32decode(s, map01=b"L"))
    show(lambda: base64.b32decode(s, map01=b"I", casefold=True))
    show(lambda: base64.b32hexdecode(s))
    show(lambda: base64.b32hexdecode(s, casefold=True))
show(lambda: base64.b32decode(b"MFRGG===", map01=b"LI"))
show(lambda: base64.b32decode(b"MFRGG===", map01="L"))
for s in [b"", b"00", b"0A", b"0a", b"0", b"0G", b"0aF", "ab", "AB", b"\n00", b"00 ", 5]:
    show(lambda: base64.b16decode(s))
    show(lambda: base64.b16decode(s, casefold=True))
for s in [b"", b"cXxL#", b"cXxL", b"c", b"cX", b"cXx", b"cXxL#c", b"|NsC0", b"~~~~~", b"cX L#", b"cX\nL#", b"c~", b"\x80",
          "cXxL#", b"{{{{{", b"|Nsb", b"|NsC1"]:
    show(lambda: base64.b85decode(s))
for s in [b"", b"z", b"zz", b"y", b"<~z~>", b"<~87cURD]i,\"Ebo80~>", b"87cURD]i,\"Ebo80", b"87cU", b"8", b"87", b"s8W-!",
          b"s8W-\"", b"uuuuu", b"v", b"!!!!z", b"!z", b"<~", b"<~abc", b"abc~>", b"87 cU\nRD", b"y!!", b"\x00", "87cUR",
          b"zzy", b"~>", b"<~~>", b"87cURD]i,\"Ebo80~", b"87c\tUR"]:
    show(lambda: base64.a85decode(s))
    show(lambda: base64.a85decode(s, adobe=True))
    show(lambda: base64.a85decode(s, foldspaces=True))
    show(lambda: base64.a85decode(s, ignorechars=b""))
show(lambda: base64.a85encode(b"abc", wrapcol=-1))
show(lambda: base64.a85encode("abc"))
show(lambda: base64.b85encode("abc"))
show(lambda: base64.b32encode("abc"))
show(lambda: base64.b16encode("abc"))
show(lambda: base64.encodebytes("abc"))
show(lambda: base64.encodebytes(bytes(range(100))))
show(lambda: base64.decodebytes(b"YWJj\nZGVm\n"))
show(lambda: base64.decodebytes("YWJj"))
show(lambda: base64.decodebytes(memoryview(b"YWJj")))
show(lambda: base64.encodebytes(memoryview(b"abc").cast("B", (3,))))
show(lambda: base64.b64encode(memoryview(b"abcd").cast("h")))
show(lambda: base64.b64decode(memoryview(b"YWJj")))
show(lambda: base64.b64decode(bytearray(b"YWJj")))
show(lambda: base64.b32encode(memoryview(b"abcd").cast("h")))
show(lambda: base64.b85encode(memoryview(b"abcd").cast("h")))
show(lambda: base64.a85encode(memoryview(b"abcd").cast("i")))
show(lambda: base64.b16encode(memoryview(b"abcd").cast("h")))
print(base64.__all__)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
import io
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
out = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), out)
print(out.getvalue() == bytes(range(200)))
show(lambda: base64.encode(io.StringIO("x"), io.BytesIO()))
show(lambda: base64.decode(io.BytesIO(b"YQ"), io.BytesIO()))
