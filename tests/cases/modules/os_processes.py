# os.fork/waitpid/pipe/_exit, exit status helpers, signals delivered to ourselves, getpid/getppid.
import os
import signal

# A test runner started in the background may hand SIGINT down as ignored; install the
# default Python handler explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, f"child ppid matches: {os.getppid() > 0}".encode())
    os.close(w)
    os._exit(7)
os.close(w)
message = b""
while chunk := os.read(r, 100):
    message += chunk
os.close(r)
waited, status = os.waitpid(pid, 0)
print(message.decode(), waited == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))
received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(received, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN, signal.SIGTERM.value, signal.SIGINT.name)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("SIGINT became KeyboardInterrupt")
print(len(os.urandom(16)), os.getpid() != os.getppid())
