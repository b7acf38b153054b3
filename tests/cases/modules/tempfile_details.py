# tempfile: argument types, name shapes, wrapper delegation, spooled rollover properties, cleanup of read-only trees.
import os
import stat
import tempfile

for kwargs in [dict(prefix=b"x", suffix="y"), dict(dir=b"/tmp", prefix="a"), dict(suffix=1)]:
    try:
        tempfile.mkstemp(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
with tempfile.TemporaryDirectory(prefix=b"bytes-") as bd:
    print(type(bd).__name__, os.path.basename(bd)[:6])
with tempfile.TemporaryDirectory() as d:
    names = set()
    for _ in range(20):
        fd, p = tempfile.mkstemp(dir=d, prefix="")
        os.close(fd)
        names.add(os.path.basename(p))
    print(len(names), {len(n) for n in names}, all(c.islower() or c.isdigit() or c == "_" for n in names for c in n))
    m = tempfile.mktemp(prefix="mk", suffix=".z", dir=d)
    print(os.path.dirname(m) == d, os.path.basename(m)[:2], m.endswith(".z"), os.path.exists(m))
    print(tempfile.mkdtemp(dir=d.encode(), prefix=b"q")[:1] == b"/")
    f = tempfile.NamedTemporaryFile(dir=d, prefix="nt")
    print(f.delete, type(f.file).__name__, f.name == f.file.name, f.write is f.write, f.write.__name__)
    print(f.write(b"one\ntwo\n"), f.seek(0), list(f), f.mode, f.closed)
    f.close()
    f.close()
    print(f.closed, os.path.exists(f.name))
    with tempfile.NamedTemporaryFile("w", dir=d, delete=False, encoding="ascii") as g:
        print(g.write("text"), g.encoding)
    print(os.path.exists(g.name))
    t = tempfile.TemporaryFile("w+", dir=d, encoding="utf-8")
    print(t.write("héllo"), t.seek(0), t.read(), sorted(os.listdir(d)) == sorted(os.listdir(d)))
    t.close()
    s = tempfile.SpooledTemporaryFile(max_size=4, mode="w+", encoding="utf-8", dir=d)
    print(s.mode, s.name, s.encoding, s.errors, s.newlines, s._rolled)
    s.write("ab\n")
    s.writelines(["cd\n", "e"])
    print(s._rolled, s.mode, type(s.name).__name__, s.tell())
    s.seek(0)
    print(s.readline(), s.readlines(), s.newlines)
    s.close()
    b = tempfile.SpooledTemporaryFile(max_size=10)
    b.write(b"0123")
    b.truncate(2)
    print(b._rolled, b.tell(), b.readable(), b.writable(), b.seekable(), b.isatty())
    b.truncate(50)
    print(b._rolled)
    b.close()
    try:
        with b:
            pass
    except ValueError as e:
        print("ValueError:", e)
    with tempfile.SpooledTemporaryFile(max_size=3) as sp:
        sp.write(b"xy")
        sp.rollover()
        sp.rollover()
        sp.seek(0)
        print(sp._rolled, sp.read(), sp.tell())
    print(tempfile.SpooledTemporaryFile[str], isinstance(sp, __import__("io").IOBase))
    tree = tempfile.TemporaryDirectory(dir=d)
    locked = os.path.join(tree.name, "locked")
    os.makedirs(os.path.join(locked, "inner"))
    open(os.path.join(locked, "inner", "f"), "w").close()
    os.chmod(os.path.join(locked, "inner"), stat.S_IRUSR | stat.S_IXUSR)
    os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
    tree.cleanup()
    print(os.path.exists(tree.name))
    tree.cleanup()
    print(len(os.listdir(d)))
