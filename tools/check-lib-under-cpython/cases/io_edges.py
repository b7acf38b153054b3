import io, os
D = '/tmp/krait-io-edges'
os.makedirs(D, exist_ok=True)
P = D + '/e.txt'
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# \r\n split across the 8192-byte chunk boundary
data = ('x' * 8191 + '\r\n' + 'y\r' + 'z' * 9000 + '\r\nlast\r').encode()
with io.open(P, 'wb') as f:
    f.write(data)
for nl in [None, '', '\n', '\r', '\r\n']:
    with io.open(P, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), len(lines), [len(l) for l in lines], [l[-2:] for l in lines], f.newlines)
with io.open(P) as f:
    f.readline(); print(f.tell()); print(repr(f.read(3)), f.tell()); f.seek(0); print(len(f.read()))
with io.open(P) as f:
    pos = []
    while True:
        p = f.tell(); line = f.readline()
        if not line: break
        pos.append(p)
    print(len(pos), pos[:2], pos[-1])  # CPython encodes decoder state into some cookies
    for p in pos:
        f.seek(p); print(repr(f.readline()[:5]), end=' ')
    print()
# utf-8 multibyte characters across the chunk boundary
text = 'a' * 8191 + 'é€😀' * 3000 + '\n'
with io.open(P, 'w', encoding='utf-8') as f:
    f.write(text)
with io.open(P, encoding='utf-8') as f:
    got = f.read(); print(got == text, len(got))
with io.open(P, encoding='utf-8') as f:
    print(len(f.readline()), repr(f.readline()))
with io.open(P, encoding='utf-8') as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c: break
        chunks.append(c)
    print(''.join(chunks) == text, len(chunks))
for enc in ['utf-16', 'utf-16-le', 'utf-32', 'latin-1', 'cp1252', 'utf-8-sig', 'ascii']:
    s = 'héllo wörld\nline two\n' * 2 if enc != 'ascii' else 'hello\nworld\n'
    with io.open(P, 'w', encoding=enc) as f:
        f.write(s); f.write('more\n')
    raw = io.open(P, 'rb').read()
    with io.open(P, encoding=enc) as f:
        print(enc, raw[:6], f.read() == s + 'more\n')
with io.open(P, 'w') as f:
    f.write('l1\nl2\nl3\nl4\n')
with io.open(P) as f:
    print(f.readlines(4), f.readline(1), f.readline(0), f.readline(-1), f.read(0))
with io.open(P, 'rb') as f:
    print(f.readlines(4), f.readline(1), f.readline(0), f.read1(), f.read())
with io.open(P, 'a+') as f:
    print(f.tell(), repr(f.read())); f.seek(0); print(repr(f.read(2))); f.write('app\n'); f.seek(0); print(repr(f.read()))
with io.open(P, 'r+b') as f:
    print(f.read(3)); f.write(b'XX'); print(f.tell(), f.read(2)); f.seek(0); print(f.read())
with io.open(P, 'rb') as f:
    b = bytearray(5); print(f.readinto(b), b, f.peek(2)[:2], f.seekable(), f.isatty(), f.fileno() > 2, f.closed, f.name == P, f.mode, f.raw.closefd)
t(lambda: io.open(P, 'r', encoding='utf-8', errors=5))
with io.open(P, 'w', errors='strict', encoding='ascii') as f:
    t(lambda: f.write('é'))
with io.open(P, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é€')
print(io.open(P, 'rb').read())
f = io.open(P, 'wb', buffering=0); print(type(f).__name__, f.write(b'abc'), f.tell()); f.close()
f = io.open(P, 'w', buffering=1); print(f.line_buffering); f.close()
t(lambda: io.open(P, 'w', buffering=0))
with io.open(P, 'w') as f:
    t(lambda: f.read())
    print(f.seekable(), f.writable(), f.readable())
t(lambda: io.open(P, 'r').truncate())
with io.open(P, 'w+') as f:
    f.write('hello world'); print(f.truncate(5), f.tell()); f.seek(0); print(repr(f.read()))
fd = os.open(P, os.O_RDONLY); f = io.open(fd, closefd=False); print(repr(f.read()), f.name == fd); f.close(); os.close(fd)
t(lambda: io.FileIO(P, closefd=False))
s = io.StringIO('one\ntwo\nthree')
print(s.readlines(5), s.tell(), s.readline(), s.seek(0, 2), s.read(), s.seek(4), s.read(3), s.truncate(), s.getvalue(), s.tell(), s.write('!'), s.getvalue())
s = io.StringIO(); s.write('a\nb'); s.seek(1); s.write('XYZ'); print(repr(s.getvalue()), s.tell())
s = io.StringIO('x', newline='\r'); s.write('\nq\n'); print(repr(s.getvalue()), s.seek(0), s.readlines())
s = io.StringIO('abc'); print(s.read(-1), s.read(None) if False else '', s.readline(None) if False else '')
b = io.BytesIO(b'0123456789'); print(b.read(3), b.getbuffer().tobytes() if hasattr(b, 'getbuffer') else '', b.tell(), b.truncate(5), b.read(), b.seek(0), b.read(), b.seek(8), b.write(b'Z'), b.getvalue())
print(io.BytesIO(bytearray(b'xy')).read(), io.BytesIO(memoryview(b'mv')).getvalue(), list(io.BytesIO(b'a\nb\n')))
import shutil; shutil.rmtree(D)
