# subprocess errors: programs that cannot start, bad arguments, exception classes, timeouts in run().
import os
import subprocess
import sys
import tempfile

PY = sys.executable


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        text = str(exc).replace(PY, "PY")
        print(f"{label}: {type(exc).__name__}: {text}", getattr(exc, "errno", "-"), getattr(exc, "filename", "-"))
    else:
        print(f"{label}: returned {result!r}")


attempt("missing on PATH", lambda: subprocess.run(["no_such_program_for_krait"]))
attempt("missing path", lambda: subprocess.run(["./no/such/file"]))
attempt("missing executable", lambda: subprocess.Popen(["name"], executable="/no/such/exe"))
attempt("missing cwd", lambda: subprocess.run([PY, "-c", "pass"], cwd="/no/such/dir"))
with tempfile.TemporaryDirectory() as tmp:
    for name, mode in (("plain.txt", 0o644), ("no_shebang", 0o755)):
        with open(os.path.join(tmp, name), "w") as f:
            f.write("just text\n")
        os.chmod(os.path.join(tmp, name), mode)
        attempt(name, lambda: subprocess.run(["./" + name], cwd=tmp))
attempt("a directory", lambda: subprocess.run(["/"]))
attempt("bad fd", lambda: subprocess.run(["true"], stdout=987))
attempt("missing in shell", lambda: subprocess.run("no_such_program_for_krait 2>/dev/null", shell=True).returncode)
attempt("empty args", lambda: subprocess.run([]))
attempt("int arg", lambda: subprocess.run([PY, 5]))
attempt("None arg", lambda: subprocess.run(["true", None]))
attempt("not iterable", lambda: subprocess.run(42))
attempt("null byte", lambda: subprocess.run(["tr\0ue"]))
attempt("env key", lambda: subprocess.run(["true"], env={"A=B": "1"}))
attempt("env null", lambda: subprocess.run(["true"], env={"A": "x\0y"}))
attempt("bufsize", lambda: subprocess.Popen(["true"], bufsize="big"))
attempt("pipesize", lambda: subprocess.Popen(["true"], pipesize=1.5))
attempt("startupinfo", lambda: subprocess.Popen(["true"], startupinfo=object()))
attempt("creationflags", lambda: subprocess.Popen(["true"], creationflags=8))
attempt("text conflict", lambda: subprocess.Popen(["true"], text=True, universal_newlines=False))
attempt("capture conflict", lambda: subprocess.run(["true"], capture_output=True, stderr=subprocess.DEVNULL))
attempt("input conflict", lambda: subprocess.run(["true"], input="x", stdin=subprocess.DEVNULL))
attempt("check_output stdout", lambda: subprocess.check_output(["true"], stdout=subprocess.PIPE))
attempt("check_output check", lambda: subprocess.check_output(["true"], check=False))


class Where(os.PathLike):
    def __fspath__(self):
        return "true"


attempt("path-like with shell", lambda: subprocess.run(Where(), shell=True))
attempt("path-like", lambda: subprocess.run(Where()).args.__class__.__name__)
attempt("preexec_fn", lambda: subprocess.run(["true"], preexec_fn=lambda: 1 / 0))
attempt("preexec_fn ok", lambda: subprocess.run([PY, "-c", "import os; print(os.environ['SET_IN_CHILD'])"],
                                                 preexec_fn=lambda: os.environ.__setitem__("SET_IN_CHILD", "yes"),
                                                 capture_output=True, text=True).stdout)
attempt("text input as bytes", lambda: subprocess.run(["cat"], input=b"x", text=True))
attempt("bytes input as str", lambda: subprocess.run(["cat"], input="x", stdout=subprocess.PIPE, stderr=subprocess.PIPE))
attempt("missing args", lambda: subprocess.Popen())

# exception objects
exc = subprocess.CalledProcessError(2, ["prog", "arg"], output=b"out", stderr=b"err")
print(repr(exc), exc.args, exc.cmd, exc.returncode, exc.output, exc.stdout, exc.stderr)
exc.stdout = "replaced"
print(exc.output, str(exc))
for code in (-9, -15, -64, -200, 0, 1):
    print(code, str(subprocess.CalledProcessError(code, "cmd")))
exc = subprocess.TimeoutExpired("cmd", 2.5, output="o")
print(repr(exc), str(exc), exc.args, exc.timeout, exc.stdout, exc.stderr)
exc.stdout = b"new"
print(exc.output)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      subprocess.SubprocessError.__mro__[1].__name__)
for cls in (subprocess.SubprocessError, subprocess.CalledProcessError, subprocess.TimeoutExpired,
            subprocess.CompletedProcess, subprocess.Popen):
    print(cls.__module__, cls.__qualname__)
print(sorted(subprocess.__all__))

# run() with a timeout kills the child and keeps what was read before the deadline
try:
    subprocess.run([PY, "-c", "import time; print('before', flush=True); time.sleep(30)"],
                   capture_output=True, text=True, timeout=1)
except subprocess.TimeoutExpired as exc:
    print("run timeout:", exc.timeout, repr(exc.stdout), repr(exc.stderr), str(exc).replace(PY, "PY"))
try:
    subprocess.run([PY, "-c", "import time; time.sleep(30)"], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as exc:
    print("nothing read:", exc.timeout, exc.stdout, exc.stderr)
try:
    subprocess.run(["sleep", "30"], timeout=0.3)
except subprocess.TimeoutExpired as exc:
    print("no pipes:", 0 < exc.timeout <= 0.3, exc.stdout, exc.stderr)
try:
    subprocess.check_output(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as exc:
    print("check_output:", exc.timeout, exc.output)
try:
    subprocess.call(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as exc:
    print("call:", exc.timeout, str(exc))

# list2cmdline quoting
for seq in (["a", "b c", ""], ['say "hi"'], ["back\\slash", "end\\", "end space\\"],
            ['x\\"y', 'x\\\\"y'], ["tab\there"], [b"bytes", "str"], []):
    print(repr(subprocess.list2cmdline(seq)))

# a child that fails before or at exec leaves with os._exit: it neither flushes the parent's
# buffered output again nor runs the parent's atexit handlers
import atexit

atexit.register(print, "atexit handler ran (once)")
print("buffered in the parent,", end=" ")
for how in (dict(args=["no_such_program_for_krait"]), dict(args=["true"], preexec_fn=lambda: 1 / 0),
            dict(args=["true"], cwd="/no/such/dir")):
    try:
        subprocess.run(**how)
    except (OSError, subprocess.SubprocessError) as exc:
        print(type(exc).__name__, end=", ")
print("done")
