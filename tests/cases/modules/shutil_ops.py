# shutil: copyfile/copy/copy2/copytree/move/rmtree(onerror)/which/disk_usage/get_terminal_size/copyfileobj and errors.
import io
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    def rel(p):
        return os.path.relpath(p, d)
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub", "deeper"))
    for name, text in [("a.txt", "A"), ("b.py", "B"), ("sub/c.txt", "C"), ("sub/deeper/d.py", "D")]:
        with open(os.path.join(src, name), "w") as f:
            f.write(text * 3)
    os.chmod(os.path.join(src, "b.py"), 0o640)
    print(rel(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(d, "a_copy.txt"))))
    print(rel(shutil.copy(os.path.join(src, "b.py"), d)), oct(os.stat(os.path.join(d, "b.py")).st_mode & 0o777))
    os.utime(os.path.join(src, "a.txt"), (1000000000, 1000000000))
    print(rel(shutil.copy2(os.path.join(src, "a.txt"), os.path.join(d, "a2.txt"))), os.stat(os.path.join(d, "a2.txt")).st_mtime)
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print(type(e).__name__, isinstance(e, OSError), str(e).replace(d, "D"))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, rel(e.filename))
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(d, "nodir", "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, rel(e.filename))
    dst = shutil.copytree(src, os.path.join(d, "tree"), ignore=shutil.ignore_patterns("*.py"))
    print(rel(dst), sorted(os.path.relpath(os.path.join(r, f), dst) for r, _, fs in os.walk(dst) for f in fs))
    try:
        shutil.copytree(src, os.path.join(d, "tree"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, rel(e.filename))
    shutil.copytree(src, os.path.join(d, "tree"), dirs_exist_ok=True)
    print(sorted(os.listdir(os.path.join(d, "tree"))))
    print(rel(shutil.move(os.path.join(d, "tree"), os.path.join(d, "moved"))), os.path.exists(os.path.join(d, "tree")))
    print(rel(shutil.move(os.path.join(d, "a2.txt"), os.path.join(d, "moved"))))
    try:
        shutil.move(os.path.join(d, "a_copy.txt"), os.path.join(d, "moved", "a.txt"))
        print("moved over a file")
    except shutil.Error as e:
        print("Error", e)
    os.makedirs(os.path.join(d, "m2"))
    open(os.path.join(d, "m2", "a2.txt"), "w").close()
    try:
        shutil.move(os.path.join(d, "moved", "a2.txt"), os.path.join(d, "m2"))
    except shutil.Error as e:
        print("Error", str(e).replace(d, "D"))
    calls = []
    shutil.rmtree(os.path.join(d, "nope"), onerror=lambda f, p, e: calls.append((f.__name__, rel(p), e[0].__name__)))
    print(calls)
    calls = []
    shutil.rmtree(os.path.join(d, "b.py"), onerror=lambda f, p, e: calls.append((f.__name__, rel(p), e[0].__name__)))
    print(calls)
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, rel(e.filename))
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    os.symlink(src, os.path.join(d, "link"))
    try:
        shutil.rmtree(os.path.join(d, "link"))
    except OSError as e:
        print("OSError", e)
    shutil.rmtree(os.path.join(d, "moved"))
    print(sorted(os.listdir(d)))
    usage = shutil.disk_usage(d)
    print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free > 0)
    print(shutil.which("sh") is not None, shutil.which("no-such-program-krait"), shutil.which("sh", path=""))
    print(shutil.get_terminal_size((33, 44)))
    a, b = io.BytesIO(b"x" * 100000), io.BytesIO()
    shutil.copyfileobj(a, b, 1000)
    print(len(b.getvalue()))
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
