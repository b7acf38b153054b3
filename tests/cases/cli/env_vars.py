# Environment variables CPython honours: PYTHONUNBUFFERED, PYTHONIOENCODING, PYTHONDONTWRITEBYTECODE, PYTHONPATH lists.
import os
import subprocess
import sys

base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(code, **env):
    done = subprocess.run([sys.executable, "-c", code], env=dict(base, **env), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    print(repr(done.stdout), done.returncode)


run("import sys; print('o1'); print('e1', file=sys.stderr); print('o2')")
run("import sys; print('o1'); print('e1', file=sys.stderr); print('o2')", PYTHONUNBUFFERED="1")
run("print('caf\\u00e9 \\u65e5')", PYTHONIOENCODING="ascii:replace")
run("print('caf\\u00e9')", PYTHONIOENCODING="latin-1")
run("import sys; print(sys.stdout.encoding, sys.stdout.errors)", PYTHONIOENCODING="utf-16:strict")
run("import sys; print(sys.dont_write_bytecode)", PYTHONDONTWRITEBYTECODE="1")
run("import sys; print(sys.dont_write_bytecode)")
here = os.path.dirname(os.path.abspath(__file__))
run("import sys; print([p.split('/')[-1] for p in sys.path[1:3]])",
    PYTHONPATH=os.pathsep.join([os.path.join(here, "climod"), os.path.join(here, "climod", "apppkg")]))
