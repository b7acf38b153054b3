# krait -c CODE args: sys.argv, sys.path[0], exit statuses, multi-line code, stdout/stderr.
import subprocess
import sys


def run(*args, **kw):
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, **kw)
    print(f"exit {done.returncode} | out {done.stdout!r} | err {done.stderr!r}")


run("-c", "import sys; print(sys.argv)", "a", "b")
run("-c", "import sys; print(repr(sys.path[0]))")
run("-c", "print(__name__, __file__ if '__file__' in dir() else 'no __file__')")
run("-c", "for i in range(3):\n    print(i, end=' ')\nprint()")
run("-c", "import sys; sys.exit(4)")
run("-c", "raise SystemExit('bye')")
run("-c", "1/0")
run("-c", "print('partial'); import sys; sys.stdout.flush(); raise KeyError('k')")
run("-c", "print(1 +)")
run("-c", "import sys; print(sys.stdin.read().upper(), end='')", input="from stdin\n")
run("-c", "")
