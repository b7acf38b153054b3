# subprocess.run and the helpers around it, with sys.executable or /bin/sh as the child.
import os
import subprocess
import sys
import tempfile

PY = sys.executable


def show(value):
    print(repr(value).replace(repr(PY)[1:-1], "PY"))


# capture, text, input
done = subprocess.run([PY, "-c", "import sys; print('out'); print('err', file=sys.stderr)"],
                      capture_output=True)
show(done)
print(type(done.stdout).__name__, done.returncode)
done = subprocess.run([PY, "-c", "import sys; data = sys.stdin.read(); print(len(data), data.upper())"],
                      input="some input\nsecond line\n", capture_output=True, text=True)
show((done.stdout, done.stderr))
done = subprocess.run([PY, "-c", "import sys; sys.stdout.write(sys.stdin.read()[::-1])"],
                      input=b"bytes in", stdout=subprocess.PIPE)
show((done.stdout, done.stderr))
done = subprocess.run([PY, "-c", "print('\u00e9t\u00e9 \u2603')"], capture_output=True, encoding="utf-8")
show(done.stdout)
done = subprocess.run([PY, "-c", "import os; os.write(1, b'caf\\xe9\\n')"],
                      capture_output=True, encoding="utf-8", errors="replace")
show(done.stdout)
done = subprocess.run([PY, "-c", "import os; os.write(1, b'caf\\xe9\\n')"],
                      capture_output=True, universal_newlines=True, errors="backslashreplace")
show(done.stdout)

# newline translation in text mode only
code = "import os; os.write(1, b'a\\r\\nb\\rc\\nd\\r\\r\\n')"
show(subprocess.run([PY, "-c", code], capture_output=True, text=True).stdout)
show(subprocess.run([PY, "-c", code], capture_output=True).stdout)

# exit statuses and check
for status in (0, 1, 3, 255):
    done = subprocess.run([PY, "-c", f"import sys; sys.exit({status})"])
    print("status", status, done.returncode)
done = subprocess.run([PY, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"])
print("signalled", done.returncode)
try:
    subprocess.run([PY, "-c", "import sys; print('partial'); sys.stderr.write('bad\\n'); sys.exit(4)"],
                   capture_output=True, check=True)
except subprocess.CalledProcessError as exc:
    show((str(exc), exc.returncode, exc.output, exc.stdout, exc.stderr))
    show(exc.cmd[1:])
try:
    subprocess.run("kill -KILL $$", shell=True, check=True)
except subprocess.CalledProcessError as exc:
    print(exc)
    print(repr(exc))
done = subprocess.run([PY, "-c", "raise SystemExit(2)"], stderr=subprocess.DEVNULL)
try:
    done.check_returncode()
except subprocess.CalledProcessError as exc:
    print("check_returncode:", str(exc).replace(PY, "PY"))
print(subprocess.run([PY, "-c", "pass"]).check_returncode())

# stdin/stdout/stderr destinations
done = subprocess.run([PY, "-c", "import sys; print('o'); print('e', file=sys.stderr)"],
                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
show((done.stdout, done.stderr))
done = subprocess.run([PY, "-c", "import sys; print(repr(sys.stdin.read()))"],
                      stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
show(done.stdout)
done = subprocess.run([PY, "-c", "print('to devnull')"], stdout=subprocess.DEVNULL)
show(done)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "out.txt")
    with open(path, "w") as f:
        subprocess.run([PY, "-c", "import sys; print('into a file'); print('err too', file=sys.stderr)"],
                       stdout=f, stderr=subprocess.STDOUT)
    with open(path) as f:
        show(f.read())
    with open(path, "rb") as f:
        done = subprocess.run([PY, "-c", "import sys; print(sys.stdin.read().split())"],
                              stdin=f, capture_output=True, text=True)
    show(done.stdout)
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    subprocess.run([PY, "-c", "print('via a descriptor')"], stdout=fd)
    os.close(fd)
    with open(path) as f:
        show(f.read())
    # cwd and env
    real = os.path.realpath(tmp)
    done = subprocess.run([PY, "-c", "import os; print(os.getcwd())"], cwd=tmp, capture_output=True, text=True)
    print(done.stdout.strip() == real)
    done = subprocess.run(["pwd"], cwd=tmp.encode(), capture_output=True, text=True)
    print(done.stdout.strip() == real)
env = dict(os.environ, SUBPROC_FLAG="flag value")
done = subprocess.run([PY, "-c", "import os; print(os.environ['SUBPROC_FLAG'])"], env=env, capture_output=True, text=True)
show(done.stdout)
done = subprocess.run(["/usr/bin/env"], env={"ONLY": "1", "OTHER": "x=y"}, capture_output=True, text=True)
show(sorted(done.stdout.split()))

# shell=True
show(subprocess.run("echo $((6 * 7)) | tr 4 X", shell=True, capture_output=True, text=True).stdout)
show(subprocess.run(["echo $0 $1 $2", "zero", "one", "two"], shell=True, capture_output=True, text=True).stdout)
show(subprocess.run("exit 7", shell=True).returncode)
show(subprocess.run("echo to stderr >&2", shell=True, capture_output=True))
show(subprocess.run(["ignored-name", "-c", "print('executable= used')"], executable=PY, capture_output=True).stdout)

# the other helpers
print(subprocess.call([PY, "-c", "raise SystemExit(5)"]))
print(subprocess.check_call([PY, "-c", "pass"]))
try:
    subprocess.check_call([PY, "-c", "raise SystemExit(6)"])
except subprocess.CalledProcessError as exc:
    print(exc.returncode, exc.output, str(exc).replace(PY, "PY"))
show(subprocess.check_output([PY, "-c", "print('checked')"]))
show(subprocess.check_output([PY, "-c", "print('checked text')"], text=True))
show(subprocess.check_output([PY, "-c", "import sys; print(repr(sys.stdin.read()))"], input=None))
show(subprocess.check_output([PY, "-c", "import sys; print(repr(sys.stdin.read()))"], input=None, text=True))
show(subprocess.check_output("echo out; echo err >&2", shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_output([PY, "-c", "print('lost?'); raise SystemExit(1)"])
except subprocess.CalledProcessError as exc:
    show((exc.returncode, exc.output, exc.stderr))
print(subprocess.getstatusoutput("echo hello; exit 3"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("echo two; echo lines >&2"))
print(repr(subprocess.getoutput("echo trailing; echo")))
print(subprocess.getoutput("printf 'caf\\303\\251'"))
print(subprocess.CompletedProcess(["a"], 0), subprocess.CompletedProcess("b", 1, "o", "e"))
print(subprocess.CompletedProcess("c", 2, stderr=b"x"), subprocess.CompletedProcess[str])
