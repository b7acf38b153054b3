# os and os.path basics: path manipulation, files and directories in a temporary folder, environ, getcwd.
import os
import os.path
import tempfile

print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a", "/root", "b"), os.path.join("a", ""))
print(os.path.split("/usr/lib/python.py"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), os.path.basename("/a/b/"), os.path.dirname("file"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("a/../../b"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.sep, os.pathsep, os.curdir, os.pardir)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.expanduser("~") != "~", os.path.splitdrive("/x/y"))
print(os.getcwd() == os.path.abspath("."), os.path.abspath("x").endswith(os.sep + "x"), os.path.exists(__file__), os.path.isfile(__file__))
with tempfile.TemporaryDirectory() as d:
    sub = os.path.join(d, "sub", "deeper")
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    os.mkdir(os.path.join(d, "other"))
    for name in ("b.txt", "a.txt", "c.log"):
        with open(os.path.join(d, name), "w") as f:
            f.write(name * 3)
    print(sorted(os.listdir(d)), os.path.isdir(sub), os.path.getsize(os.path.join(d, "a.txt")))
    os.rename(os.path.join(d, "c.log"), os.path.join(d, "c.txt"))
    os.remove(os.path.join(d, "b.txt"))
    print(sorted(e.name for e in os.scandir(d)), sorted(e.is_dir() for e in os.scandir(d)))
    walked = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        walked.append((os.path.relpath(root, d), sorted(dirs), sorted(files)))
    print(walked)
    st = os.stat(os.path.join(d, "a.txt"))
    print(st.st_size, type(st.st_mtime).__name__, oct(st.st_mode & 0o777 & 0) , os.access(d, os.R_OK))
    os.rmdir(sub)
    print(os.path.exists(sub), os.path.lexists(d))
    try:
        os.rmdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.remove(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    prev = os.getcwd()
    os.chdir(d)
    print(os.getcwd() == os.path.realpath(d), sorted(os.listdir()))
    os.chdir(prev)
os.environ["KRAIT_TEST_VAR"] = "value"
print(os.environ["KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), os.getenv("KRAIT_UNSET_VAR", "default"), "KRAIT_TEST_VAR" in os.environ)
del os.environ["KRAIT_TEST_VAR"]
print(os.environ.get("KRAIT_TEST_VAR"), os.name, type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
print(os.fspath("p"), os.path.join(*["x", "y"]), os.linesep == "\n", os.devnull)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
