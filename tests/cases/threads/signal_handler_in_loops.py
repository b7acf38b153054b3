# A signal handler runs between bytecodes of pure-Python code: in a loop, in deep recursion,
# and its exception is raised there, caught by the enclosing try. The handler receives the
# interrupted frame.
import os
import signal
import threading
import time

# A test runner started in the background may hand SIGINT down as ignored; install the
# default Python handler explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)


def send_later(sig, delay):
    def fire():
        time.sleep(delay)
        os.kill(os.getpid(), sig)

    threading.Thread(target=fire, daemon=True).start()


class Stop(Exception):
    pass


frames = []


def handler(signum, frame):
    frames.append(frame.f_code.co_name)
    raise Stop(signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, handler)


def spin():
    n = 0
    while True:
        n += 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for work in (spin, lambda: fib(60)):
    send_later(signal.SIGUSR1, 0.2)
    try:
        work()
    except Stop as e:
        print("stopped by", e)
print(frames[0], frames[1])

send_later(signal.SIGINT, 0.2)
try:
    x = 0
    while True:
        x += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in a module-level loop")
