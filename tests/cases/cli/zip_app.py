# Running a zip file and a directory holding __main__.py: sys.path[0], __file__, argv, imports from the archive; -m of a package.
import os
import sys
import tempfile
import zipfile


def run(*args):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        os.dup2(w, 2)
        try:
            os.execv(sys.executable, [sys.executable] + list(args))
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        data = os.read(r, 4096)
        if not data:
            break
        chunks.append(data)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode()


main_src = (
    "import sys, helper\n"
    "print('main', __name__, repr(__package__), __file__.rsplit('/', 2)[-2:])\n"
    "print('path0', sys.path[0].rsplit('/', 1)[-1], 'argv', [a.rsplit('/', 1)[-1] for a in sys.argv])\n"
    "print(helper.greet())\n"
)
with tempfile.TemporaryDirectory() as d:
    app = os.path.join(d, "app.zip")
    with zipfile.ZipFile(app, "w") as zf:
        zf.writestr("__main__.py", main_src)
        zf.writestr("helper.py", "def greet():\n    return 'hello from ' + __name__\n")
    code, out = run(app, "x", "y")
    print(code, out.replace(d, "D"), end="")
    renamed = os.path.join(d, "app.bin")
    os.rename(app, renamed)
    code, out = run(renamed)
    print(code, out.replace(d, "D"), end="")
    appdir = os.path.join(d, "appdir")
    os.mkdir(appdir)
    with open(os.path.join(appdir, "__main__.py"), "w") as f:
        f.write(main_src)
    with open(os.path.join(appdir, "helper.py"), "w") as f:
        f.write("def greet():\n    return 'dir helper'\n")
    code, out = run(appdir)
    print(code, out.replace(d, "D"), end="")
    empty = os.path.join(d, "empty")
    os.mkdir(empty)
    code, out = run(empty)
    print(code, out.replace(d, "D").replace(sys.executable, "EXE"), end="")
    nomain = os.path.join(d, "nomain.zip")
    with zipfile.ZipFile(nomain, "w") as zf:
        zf.writestr("other.py", "")
    code, out = run(nomain)
    print(code, out.replace(d, "D").replace(sys.executable, "EXE"), end="")
    pkg = os.path.join(d, "runme")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(pkg, "__main__.py"), "w") as f:
        f.write("print('package main', __name__, __package__)\n")
    os.chdir(d)
    code, out = run("-m", "runme")
    print(code, out, end="")
