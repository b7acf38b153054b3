import io, os, sys
D = '/tmp/krait-io-check'
os.makedirs(D, exist_ok=True)
P = D + '/t.txt'
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1.5,), ('x', 3), ('x', 'rw'), ('x', 'rr'), ('x', 'q'), ('x', 'rtb'), ('x', ''), ('x', '+'), ('x', 'rb', -1, 'utf8'), ('x', 'rb', -1, None, 'strict'), ('x', 'rb', -1, None, None, ''), ('x', 'r', 0), ('x', 'r', 'a'), ('x', 'r', -1, 5), ('nonexist',), ('nonexist', 'r', -1, None, 5), (D, 'w'), (b'nonexist',), ('x', 'r', -1, None, None, 'bad')]:
    t(lambda: io.open(*args))
print(io.UnsupportedOperation.__mro__, io.DEFAULT_BUFFER_SIZE, io.SEEK_END, sorted(io.__all__))
with io.open(P, 'w') as f:
    print(repr(f).replace(D, 'D'), repr(f.buffer).replace(D, 'D'), repr(f.buffer.raw).replace(D, 'D'), f.encoding, f.errors, f.mode, f.name == P, f.writable(), f.readable(), f.seekable(), f.line_buffering)
    print(f.write('héllo\nwörld\n'), f.tell())
    f.writelines(['a\n', 'b'])
print(f.closed); t(lambda: f.write('x')); t(lambda: repr(f).replace(D, 'D'))
with io.open(P) as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.read()), repr(f.read()), f.tell())
    f.seek(0); print(f.readlines()); f.seek(0); print(list(f)); f.seek(1); print(repr(f.read(2)))
    t(lambda: f.write('x')); t(lambda: f.seek(1, 1)); t(lambda: f.seek(1, 2)); print(f.seek(0, 2), repr(f.read()))
with io.open(P, 'rb') as f:
    print(f.read(2), f.peek(1)[:1], f.read1(3), f.readline(), f.tell(), f.readlines(), f.read(), f.seek(-2, 2), f.read())
    f.seek(0); print(list(f)); t(lambda: f.write(b'x'))
with io.open(P, 'rb', buffering=0) as f:
    print(repr(f).replace(D, 'D'), f.read(3), f.readall(), f.mode)
with io.open(P, 'ab') as f:
    print(f.tell(), f.write(b'\r\nlast\rcr\r\n'), f.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    with io.open(P, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with io.open(P, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(io.open(P, 'rb').read())
with io.open(P, 'r+') as f:
    print(repr(f.read(1)), f.tell()); f.seek(0); f.write('Z'); f.seek(0); print(repr(f.read()))
with io.open(P, 'w+b') as f:
    f.write(b'abcdef'); f.seek(2); print(f.read(2)); f.write(b'XY'); f.seek(0); print(f.read(), f.tell(), f.truncate(3), f.seek(0), f.read())
with io.open(P, 'w', encoding='latin-1') as f:
    f.write('café')
print(io.open(P, 'rb').read(), io.open(P, encoding='latin-1').read())
t(lambda: io.open(P, encoding='ascii').read())
print(repr(io.open(P, encoding='ascii', errors='replace').read()), repr(io.open(P, encoding='utf-8', errors='surrogateescape').read()))
with io.open(P, 'w', encoding='utf-8') as f:
    f.write('€' * 5000 + '\n' + 'é' * 5000)
with io.open(P, encoding='utf-8') as f:
    a = f.readline(); b = f.read(10); print(len(a), repr(b[:3]), f.tell())
    print(len(f.read()))
t(lambda: io.open(P, 'x'))
with io.open(P, 'w') as f:
    print(f.write('ab\ncd\n'))
f = io.open(P); next(f); t(f.tell); f.close()
s = io.StringIO('ab\ncd')
for fn in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.seek(1, 2), lambda: s.seek('a'), lambda: s.read(1), lambda: s.readline(), lambda: s.tell(), lambda: s.read(), lambda: s.getvalue()]:
    t(fn)
b = io.BytesIO(b'abc')
for fn in [lambda: b.seek(-1), lambda: b.seek(1, 1), lambda: b.seek(0, 5), lambda: b.seek(-10, 2), lambda: b.write(memoryview(b'zz')), lambda: b.getvalue(), lambda: b.read(), lambda: b.seek(5), lambda: b.write(b'!'), lambda: b.getvalue(), lambda: b.truncate(2), lambda: b.getvalue(), lambda: b.tell()]:
    t(fn)
b = io.BytesIO(b'l1\nl2\nl3'); print(b.readline(), b.readlines(), list(io.BytesIO(b'a\nb')), io.BytesIO(b'abc').read1(2))
ba = bytearray(2); print(io.BytesIO(b'xyz').readinto(ba), ba)
t(lambda: io.StringIO(newline='x')); t(lambda: io.StringIO(newline=5)); t(lambda: io.StringIO(5)); t(lambda: io.StringIO().write(b'x')); t(lambda: io.BytesIO().write('x'))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope')); t(lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\n')); t(w.readlines); print(w.newlines)
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\n'), newline=''); t(w.readlines)
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\n'), newline='\r'); t(w.readlines)
w = io.TextIOWrapper(io.BytesIO(b'abc')); t(lambda: repr(w)); w.read(1); t(w.tell); t(lambda: w.seek(1, 1)); t(lambda: w.seek(0, 1)); t(lambda: w.seek(1, 2)); t(lambda: w.seek(-1))
bio = io.BytesIO(); w = io.TextIOWrapper(bio, encoding='utf-8', line_buffering=True); w.write('ab'); print(bio.getvalue()); w.write('c\nd'); print(bio.getvalue()); w.flush(); print(bio.getvalue(), w.detach() is bio)
s = io.StringIO(); s.write('abc'); s.seek(5); s.write('x'); print(repr(s.getvalue()))
s = io.StringIO('a\r\nb', newline=None); print(repr(s.getvalue()), s.readlines(), repr(s.newlines))
s = io.StringIO('a\nb', newline='\r\n'); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\rb\r\nc\n', newline=''); print(s.readlines())
s = io.StringIO('hello world'); s.seek(6); s.write('there'); print(s.getvalue(), s.tell(), s.truncate(5), s.getvalue(), s.read(), s.tell())
s = io.StringIO(); print([s.write(str(i)) for i in range(5)], s.getvalue(), s.tell(), s.read(), s.seek(0), s.read(2))
print(io.StringIO().newlines, io.StringIO().encoding, io.StringIO().errors, io.StringIO().line_buffering, io.text_encoding(None), io.text_encoding('x'))
s = io.StringIO(); s.close(); t(s.read); t(s.getvalue); print(s.closed)
b = io.BytesIO(); b.close(); t(b.read); t(b.getvalue)
with io.StringIO('x\ny') as s:
    print([l for l in s])
f = io.FileIO(P, 'w'); t(f.read); print(f.mode); f.close(); t(lambda: f.write(b'x')); t(lambda: repr(f))
f = io.FileIO(P); t(lambda: f.write(b'x')); f.close(); t(lambda: io.FileIO(P, 'rw')); t(lambda: io.FileIO(-1)); t(lambda: io.FileIO(P, 'rt'))
r = io.BufferedReader(io.FileIO(P)); r.close(); t(r.read); t(lambda: repr(r).replace(D, 'D'))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.open(P, "rb"), io.BufferedReader), isinstance(io.open(P, "rb", 0), io.RawIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.StringIO.__module__, io.IOBase.__module__, io.TextIOWrapper.__name__)
os.remove(P); os.rmdir(D)
