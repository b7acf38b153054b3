# io.StringIO and io.BytesIO: read/write/seek/tell/readline/iteration/getvalue, closed errors.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.seekable(), s.readable(), s.writable())
r = io.StringIO("line1\nline2\nline3")
print(list(r), r.read(), repr(io.StringIO("a\nb").readlines()))
r2 = io.StringIO("abcdef")
print(r2.read(2), r2.read(2), r2.read(10), repr(r2.read(1)))
r2.seek(0)
r2.truncate(3)
print(repr(r2.getvalue()))
t = io.StringIO("x\r\ny", newline=None)
print(repr(t.read()))
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(e)
with io.StringIO() as cm:
    cm.write("in with")
    print(cm.getvalue())
print(cm.closed)
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(1), b.read(), b.tell(), b.getvalue())
b.seek(0, 2)
b.write(b"!!")
b.seek(-4, 2)
print(b.read(), len(b.getvalue()), b.getbuffer().nbytes)
b2 = io.BytesIO()
b2.write("é".encode())
b2.writelines([b"a", b"b"])
print(b2.getvalue(), io.BytesIO(b"l1\nl2\n").readlines())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-16-le")
w.write("hi")
w.flush()
print(w.buffer.getvalue())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END)
