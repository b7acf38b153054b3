# subprocess: descriptors passed to or kept from the child, sessions and process groups,
# signal dispositions, Popen from threads, and the os descriptor-flag helpers it needs.
import os
import subprocess
import sys
import threading

PY = sys.executable

# os.pipe() descriptors are not inheritable; set_inheritable/get_inheritable toggle that
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.set_inheritable(w, False)
print(os.get_inheritable(w))
print(os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as exc:
    print("BlockingIOError", exc.errno)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)
r2, w2 = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r2), os.get_inheritable(r2), os.get_blocking(w2))
os.close(r2)
os.close(w2)
r2, w2 = os.pipe2(0)
print(os.get_blocking(r2), os.get_inheritable(w2))
os.close(r2)
os.close(w2)
for call, args in ((os.get_inheritable, (-1,)), (os.set_blocking, (99999, True)), (os.pipe2, (-1,)),
                   (os.get_inheritable, ()), (os.set_inheritable, (1,)), (os.pipe2, ())):
    try:
        call(*args)
    except (OSError, TypeError) as exc:
        print(type(exc).__name__, exc)

# os.read with a request far larger than what arrives
r, w = os.pipe()
os.write(w, b"small")
print(os.read(r, 1 << 30))
os.write(w, b"x" * 60000)
print(len(os.read(r, 1 << 20)) <= 60000)
try:
    os.read(r, 1 << 62)
except MemoryError as exc:
    print("MemoryError", exc.args)
os.close(r)
os.close(w)

# pass_fds hands a descriptor to the child; others stay closed there
r, w = os.pipe()
code = f"import os\nos.write({w}, b'through pass_fds')\n"
print(subprocess.run([PY, "-c", code], pass_fds=[w]).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
check = f"import os\ntry:\n    os.write({w}, b'x')\n    print('open')\nexcept OSError as e:\n    print('closed', e.errno)\n"
print(subprocess.run([PY, "-c", check], capture_output=True, text=True).stdout.strip())
print(subprocess.run([PY, "-c", check], capture_output=True, text=True, close_fds=False).stdout.strip())
os.set_inheritable(w, False)
print(subprocess.run([PY, "-c", check], capture_output=True, text=True, close_fds=False).stdout.strip())
os.close(w)
print(len(os.read(r, 100)))
os.close(r)
print(os.get_inheritable(0), os.get_inheritable(1), os.get_inheritable(2))

# stdin and stdout given as swapped low descriptors
with subprocess.Popen([PY, "-c", "import sys; print(sys.stdin.read().upper())"],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as p:
    out, _ = p.communicate(b"via stdout and merged stderr")
print(out)

# restore_signals: SIGPIPE is back to its default in the child
print(subprocess.run("yes | head -n 2", shell=True, capture_output=True, text=True))

# sessions and process groups
me = os.getsid(0)
out = subprocess.run([PY, "-c", "import os; print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())"],
                     start_new_session=True, capture_output=True, text=True).stdout
print("new session:", out, end="")
out = subprocess.run([PY, "-c", f"import os; print(os.getsid(0) == {me})"], capture_output=True, text=True).stdout
print("same session:", out, end="")
out = subprocess.run([PY, "-c", "import os; print(os.getpgrp() == os.getpid())"],
                     process_group=0, capture_output=True, text=True).stdout
print("own group:", out, end="")
out = subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True, text=True).stdout
print("umask:", out, end="")

# Popen from several threads at once
results = {}


def worker(n):
    done = subprocess.run([PY, "-c", f"import sys; print(sys.stdin.read() * {n})"],
                          input=f"<{n}>", capture_output=True, text=True)
    results[n] = done.stdout.strip()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([results[n] for n in sorted(results)])
