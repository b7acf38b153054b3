# tempfile, shutil copy/move/rmtree, glob and fnmatch, pathlib basics inside a temporary directory.
import fnmatch
import glob
import os
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="krait-") as d:
    base = pathlib.Path(d)
    print(base.name.startswith("krait-"), base.is_dir())
    (base / "src").mkdir()
    for name in ["a.py", "b.py", "c.txt", "notes.md"]:
        (base / "src" / name).write_text(f"content of {name}\n", encoding="utf-8")
    print(sorted(p.name for p in (base / "src").iterdir()))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "src", "*.py"))))
    print(sorted(p.name for p in base.glob("**/*.txt")), sorted(p.name for p in base.rglob("*.md")))
    print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("file.PY", "*.py"), fnmatch.filter(["x.py", "y.c", "z.py"], "*.py"))
    shutil.copy(base / "src" / "a.py", base / "copy.py")
    shutil.copytree(base / "src", base / "tree")
    shutil.move(str(base / "copy.py"), str(base / "moved.py"))
    print(sorted(p.name for p in base.iterdir()), (base / "moved.py").read_text(encoding="utf-8"), end="")
    shutil.rmtree(base / "tree")
    print((base / "tree").exists(), sorted(p.name for p in base.iterdir()))
    p = base / "src" / "a.py"
    print(p.suffix, p.stem, p.parent.name, p.with_suffix(".txt").name, p.relative_to(base).as_posix(), p.stat().st_size)
    p.unlink()
    print(p.exists())
    fd, tmp_path = tempfile.mkstemp(suffix=".dat", dir=d)
    os.write(fd, b"raw bytes")
    os.close(fd)
    print(tmp_path.endswith(".dat"), open(tmp_path, "rb").read())
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=True) as f:
        f.write("named temp")
        f.seek(0)
        print(f.read(), os.path.exists(f.name))
    print(os.path.exists(f.name))
    spooled = tempfile.SpooledTemporaryFile(max_size=10)
    spooled.write(b"small")
    spooled.seek(0)
    print(spooled.read())
print(os.path.exists(d))
pp = pathlib.PurePosixPath("/usr/lib/python3/x.tar.gz")
print(pp.parts, pp.suffixes, pp.name, pp.parent, pp.anchor, pp.is_absolute(), pp / "y", pp.with_name("z.txt"))
print(pathlib.PurePosixPath("a/b/../c").as_posix(), pathlib.PurePosixPath("a") / "b" / "c", pathlib.PurePosixPath("x.py").match("*.py"))
