# SIGINT arriving while the main thread waits (time.sleep, lock acquire with and without a
# timeout) raises KeyboardInterrupt in the main thread at once; other signals run their
# Python handler and the wait goes on.
import _thread
import os
import signal
import time

# A test runner started in the background may hand SIGINT down as ignored; install the
# default Python handler explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)


def send_later(sig, delay):
    def fire():
        time.sleep(delay)
        os.kill(os.getpid(), sig)

    _thread.start_new_thread(fire, ())


for what in ["sleep", "acquire", "acquire-timeout"]:
    send_later(signal.SIGINT, 0.2)
    start = time.monotonic()
    lock = _thread.allocate_lock()
    lock.acquire()
    try:
        if what == "sleep":
            time.sleep(30)
        elif what == "acquire":
            lock.acquire()
        else:
            lock.acquire(timeout=30)
        print(what, "not interrupted")
    except KeyboardInterrupt:
        print(what, "interrupted:", time.monotonic() - start < 5)

seen = []
signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
send_later(signal.SIGUSR1, 0.1)
start = time.monotonic()
time.sleep(0.4)
print("handler ran:", seen == [signal.SIGUSR1], "slept fully:", time.monotonic() - start >= 0.39)

# A handler's exception ends the wait it interrupted.
def boom(signum, frame):
    raise RuntimeError("from handler")

signal.signal(signal.SIGUSR1, boom)
send_later(signal.SIGUSR1, 0.1)
lock = _thread.allocate_lock()
lock.acquire()
try:
    lock.acquire(timeout=30)
except RuntimeError as e:
    print("acquire ended by:", e)
