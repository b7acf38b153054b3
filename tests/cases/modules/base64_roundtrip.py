import base64, io

samples = [b"", b"\x00", b"ab", b"abc", b"abcd", b"\x00\x00\x00\x00", b"    ",
           bytes(range(256)), b"hello world" * 9, b"\xff" * 7]
codecs = [
    ("b64", base64.b64encode, base64.b64decode),
    ("std", base64.standard_b64encode, base64.standard_b64decode),
    ("url", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ("b32", base64.b32encode, base64.b32decode),
    ("b32hex", base64.b32hexencode, base64.b32hexdecode),
    ("b16", base64.b16encode, base64.b16decode),
    ("a85", base64.a85encode, base64.a85decode),
    ("b85", base64.b85encode, base64.b85decode),
    ("lines", base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in codecs:
    for s in samples:
        e = enc(s)
        assert dec(e) == s, (name, s)
        assert dec(bytearray(e)) == s
        if len(s) < 12:
            print(name, s, e)
    print(name, len(enc(samples[7])), enc(samples[8])[:30])

for s in samples:
    for kw in [dict(foldspaces=True), dict(pad=True), dict(adobe=True, wrapcol=10),
               dict(wrapcol=3, foldspaces=True)]:
        e = base64.a85encode(s, **kw)
        d = base64.a85decode(e, foldspaces=kw.get("foldspaces", False),
                             adobe=kw.get("adobe", False))
        if "pad" not in kw:
            assert d == s, (s, kw, e, d)
        if len(s) < 6:
            print(kw, s, e, d)
    print(base64.b85encode(s, pad=True)[:20])

src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue().decode())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32decode("mfrgg===", casefold=True), base64.b16decode("ab", True))
