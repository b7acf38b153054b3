# runpy: packages without __main__, built-in and stdlib modules, zip files and directories for run_path, the early-import warning.
import os
import runpy
import sys
import tempfile
import warnings
import zipfile

with tempfile.TemporaryDirectory() as d:
    def write(rel, text):
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    write("plainpkg/__init__.py", "")
    write("plainpkg/leaf.py", "LEAF = __name__\n")
    write("eager/__init__.py", "from . import inner\n")
    write("eager/inner.py", "X = __name__\n")
    write("__main__/__init__.py", "")
    write("scriptdir/__main__.py", "import sys\nWHERE = (__name__, __package__, sys.argv[0].replace(%r, 'D'), sys.path[0].replace(%r, 'D'))\n" % (d, d))
    sys.path.insert(0, d)
    for name in ["plainpkg", "sys", "plainpkg.leaf.", "__main__"]:
        try:
            runpy.run_module(name)
        except ImportError as e:
            print(type(e).__name__, e)
    import plainpkg
    try:
        runpy.run_module("plainpkg")
    except ImportError as e:
        print(type(e).__name__, e)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(runpy.run_module("plainpkg.leaf")["LEAF"], [w.category.__name__ for w in caught])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ns = runpy.run_module("eager.inner")
    print(ns["X"], [(w.category.__name__, str(w.message)) for w in caught])
    ns = runpy.run_module("textwrap", run_name="tw")
    print(ns["__name__"], os.path.basename(ns["__file__"]), ns["__spec__"].name, callable(ns["dedent"]))
    ns = runpy.run_path(os.path.join(d, "scriptdir"))
    print(ns["WHERE"], ns["__spec__"].name, os.path.basename(ns["__file__"]))
    archive = os.path.join(d, "app.zip")
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("__main__.py", "import sys\nFROM = (__name__, sys.argv[0].rsplit('/', 1)[-1])\n")
    ns = runpy.run_path(archive, run_name="zipped", init_globals={"SEED": 3})
    print(ns["FROM"], ns["SEED"], ns["__file__"].replace(d, "D"), type(ns["__loader__"]).__name__)
    print(archive in sys.path, sys.argv[0] == os.path.abspath(sys.argv[0]) or True)
    empty_zip = os.path.join(d, "empty.zip")
    with zipfile.ZipFile(empty_zip, "w") as zf:
        zf.writestr("other.py", "")
    try:
        runpy.run_path(empty_zip)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(d, "D"))
    script = os.path.join(d, "s.py")
    write("s.py", "import sys\nS = (__name__, __file__ == %r, sys.argv[0] == %r)\n" % (script, script))
    ns = runpy.run_path(script, run_name="pkg.sub.mod")
    print(ns["S"], ns["__package__"], ns["__spec__"], ns["__cached__"])
    write("bad.py", "x = (\n")
    try:
        runpy.run_path(os.path.join(d, "bad.py"))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
    sys.path.remove(d)
print(runpy.__all__)
