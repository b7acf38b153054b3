# tempfile: TemporaryDirectory, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile.
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), isinstance(tempfile.gettempdir(), str))
print(tempfile.tempdir == tempfile.gettempdir(), os.path.isdir(tempfile.gettempdir()))
td = tempfile.TemporaryDirectory(prefix="kr-", suffix="-x")
d = td.name
print(repr(td) == "<TemporaryDirectory %r>" % d, os.path.basename(d)[:3], d.endswith("-x"), os.path.isdir(d))
print(oct(os.stat(d).st_mode & 0o777))
with td as entered:
    print(entered == d)
    fd, path = tempfile.mkstemp(suffix=".s", prefix="pre", dir=d)
    os.write(fd, b"abc")
    os.close(fd)
    print(os.path.isabs(path), os.path.basename(path)[:3], path.endswith(".s"), oct(os.stat(path).st_mode & 0o777))
    with open(path, "rb") as f:
        print(f.read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.dirname(sub) == d, oct(os.stat(sub).st_mode & 0o777), os.path.basename(sub)[:3])
    bfd, bpath = tempfile.mkstemp(dir=d.encode())
    os.close(bfd)
    print(type(bpath).__name__)
    try:
        tempfile.mkstemp(prefix=b"x", suffix="y", dir=d)
    except TypeError as e:
        print("TypeError:", e)
    with tempfile.NamedTemporaryFile(dir=d, suffix=".txt", delete=False) as f:
        f.write(b"hello")
        name = f.name
        print(type(f).__name__, f.name.endswith(".txt"), f.closed)
    print(f.closed, os.path.exists(name))
    with open(name) as g:
        print(g.read())
    f = tempfile.NamedTemporaryFile("w+", dir=d, encoding="utf-8")
    f.write("x\ny\n")
    f.seek(0)
    print(list(f), f.mode, f.encoding)
    f.close()
    print(os.path.exists(f.name))
    t = tempfile.TemporaryFile(dir=d)
    t.write(b"zz")
    t.seek(0)
    print(t.read(), isinstance(t.name, int), sorted(os.listdir(d)) == sorted(os.listdir(d)))
    t.close()
    s = tempfile.SpooledTemporaryFile(max_size=5, mode="w+", dir=d)
    s.write("abc")
    print(s._rolled, s.tell())
    s.write("defgh")
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read(), s.closed)
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile() as b:
        b.write(b"bytes")
        b.seek(0)
        print(b.read(), b._rolled, b.fileno() >= 0, b._rolled)
print(os.path.exists(d))
td.cleanup()
td2 = tempfile.TemporaryDirectory()
os.makedirs(os.path.join(td2.name, "a", "b"))
open(os.path.join(td2.name, "a", "b", "f"), "w").close()
td2.cleanup()
print(os.path.exists(td2.name))
print(tempfile.TemporaryDirectory[int])
