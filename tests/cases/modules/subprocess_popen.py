# subprocess.Popen: pipes as file objects, poll/wait/communicate with timeouts, signals, context manager.
import signal
import subprocess
import sys
import time

PY = sys.executable

# a conversation line by line through the pipe file objects
echo = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper(), flush=True)\n"
p = subprocess.Popen([PY, "-c", echo], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
print(type(p.pid).__name__, p.pid > 0, p.returncode, p.poll())
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
print(p.text_mode, p.universal_newlines, p.encoding.lower().replace("-", ""), p.errors)
for word in ("first", "second", "third"):
    p.stdin.write(word + "\n")
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait(), p.returncode, p.poll())
p.stdout.close()

# binary pipes
p = subprocess.Popen([PY, "-c", "import sys; d = sys.stdin.read(); print(len(d))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.text_mode, p.universal_newlines, p.encoding)
p.stdin.write(b"12345")
out, err = p.communicate(b"6789")
print(out, err, p.returncode, p.stdin.closed, p.stdout.closed)
try:
    p.communicate(b"more")
except ValueError as exc:
    print("ValueError:", exc)
print(p.communicate())

# communicate with both output streams and stdin
p = subprocess.Popen([PY, "-c", "import sys; t = sys.stdin.read(); print(t * 2); print(len(t), file=sys.stderr)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
print(p.communicate("ab"))
p = subprocess.Popen([PY, "-c", "import sys; sys.exit(9)"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen([PY, "-c", "pass"])
print(p.communicate(), p.returncode)

# stdout only, stderr only (the one-pipe path)
p = subprocess.Popen([PY, "-c", "import sys; print('just err', file=sys.stderr)"], stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen([PY, "-c", "print('line1\\nline2')"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.communicate(), p.stdout.closed)

# wait and communicate with timeouts
p = subprocess.Popen([PY, "-c", "import time; time.sleep(30)"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as exc:
    print("TimeoutExpired", exc.timeout, exc.output, exc.stdout, exc.stderr)
    print(str(exc).replace(PY, "PY"))
print(p.poll())
p.terminate()
print(p.wait(), p.poll(), p.returncode == -signal.SIGTERM)
p.kill()
p.send_signal(signal.SIGTERM)

p = subprocess.Popen([PY, "-c", "import sys, time\nprint('early', flush=True)\ntime.sleep(30)\nprint('late')"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as exc:
    print("communicate timed out:", exc.timeout, repr(exc.stdout), exc.stderr)
print(p.poll(), p.stdin.closed)
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen([PY, "-c", "import time; print('start', flush=True); time.sleep(0.6); print('end')"],
                     stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as exc:
    print("first try:", exc.timeout)
print("second try:", p.communicate(timeout=30), p.returncode)

p = subprocess.Popen([PY, "-c", "import sys; sys.exit(0)"])
while p.poll() is None:
    time.sleep(0.01)
print("polled", p.returncode, p.wait(timeout=0), p.wait())

# signals
p = subprocess.Popen(["sleep", "30"], stdout=subprocess.PIPE)
p.send_signal(signal.SIGINT)
p.communicate()
print("SIGINT", p.returncode)
p = subprocess.Popen([PY, "-c", "import time; time.sleep(30)"])
p.kill()
print("SIGKILL", p.wait())
p = subprocess.Popen("sleep 30", shell=True)
p.send_signal(signal.SIGTERM)
print("shell SIGTERM", p.wait())

# the context manager closes pipes and waits
with subprocess.Popen([PY, "-c", "print('inside with')"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
with subprocess.Popen([PY, "-c", "import sys; sys.exit(sys.stdin.read() == 'go')"], stdin=subprocess.PIPE, text=True) as p:
    p.stdin.write("go")
print(p.returncode, p.stdin.closed)

# repr, attributes, generic alias
p = subprocess.Popen(["true"])
print(repr(p), p.args)
p.wait()
print(repr(p))
p = subprocess.Popen(["true", "a" * 50, "b" * 50])
p.wait()
print(repr(p), len(repr(p)))
p = subprocess.Popen("exit 3", shell=True)
print(p.wait(), p.args, repr(p))
print(subprocess.Popen[bytes], subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
p = subprocess.Popen(["true"], universal_newlines=True)
p.universal_newlines = 0
print(p.text_mode, p.universal_newlines, p.encoding.lower().replace("-", ""))
p.wait()
