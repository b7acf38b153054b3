# Running a missing file (exit 2), a program from stdin, a directory and a zip file with __main__.py.
import os
import subprocess
import sys
import tempfile
import zipfile

here = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))


def show(done, tmp=None):
    def clean(text):
        text = text.replace(sys.executable, "INTERP").replace(here + os.sep, "")
        return text.replace(tmp + os.sep, "TMP/").replace(tmp, "TMP") if tmp else text

    print(f"exit {done.returncode} | out {clean(done.stdout)!r} | err {clean(done.stderr)!r}")


show(subprocess.run([sys.executable, "does_not_exist.py"], capture_output=True, text=True, cwd=here))
show(subprocess.run([sys.executable, "-"], input="import sys\nprint('from stdin', sys.argv)\n", capture_output=True, text=True))
show(subprocess.run([sys.executable], input="print('implicit stdin')\nx = 1 +\n", capture_output=True, text=True))
show(subprocess.run([sys.executable, "-", "arg1"], input="import sys; print(sys.argv)", capture_output=True, text=True))
with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    app = os.path.join(tmp, "appdir")
    os.mkdir(app)
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write("import sys\nprint('dir app', __name__, sys.argv[1:], sys.path[0] == sys.argv[0])\nimport util\nprint(util.X)\n")
    with open(os.path.join(app, "util.py"), "w") as f:
        f.write("X = 'util from the app dir'\n")
    show(subprocess.run([sys.executable, app, "p"], capture_output=True, text=True), tmp)
    zpath = os.path.join(tmp, "app.zip")
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("__main__.py", "import sys, helper\nprint('zip app', __name__, sys.argv[1:], helper.VALUE)\n")
        z.writestr("helper.py", "VALUE = 'helper inside zip'\n")
    show(subprocess.run([sys.executable, zpath, "q"], capture_output=True, text=True), tmp)
    empty = os.path.join(tmp, "empty")
    os.mkdir(empty)
    show(subprocess.run([sys.executable, empty], capture_output=True, text=True), tmp)
    script = os.path.join(tmp, "s.py")
    with open(script, "w") as f:
        f.write("import sys, os\nprint(sys.argv[0], os.path.basename(__file__), sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n")
    show(subprocess.run([sys.executable, "s.py"], capture_output=True, text=True, cwd=tmp), tmp)
