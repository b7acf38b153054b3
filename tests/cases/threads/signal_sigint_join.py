# Ctrl-C (SIGINT) while the main thread waits in Thread.join(), Event.wait(), queue.get()
# and time.sleep() raises KeyboardInterrupt there; the worker threads are unaffected.
import os
import queue
import signal
import threading
import time

# A test runner started in the background may hand SIGINT down as ignored; install the
# default Python handler explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)


def interrupt_after(delay):
    def fire():
        time.sleep(delay)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=fire, daemon=True).start()


release = threading.Event()


def joiner(timeout):
    # A fresh worker for each join (CPython 3.11 marks a thread whose join was interrupted
    # as stopped, a quirk not worth pinning here).
    worker = threading.Thread(target=release.wait)
    worker.start()
    return lambda: worker.join(timeout)


waits = {
    "join": joiner(None),
    "join-timeout": joiner(30),
    "event": lambda: threading.Event().wait(),
    "queue": lambda: queue.Queue().get(),
    "sleep": lambda: time.sleep(30),
}
for name, wait in waits.items():
    interrupt_after(0.2)
    start = time.monotonic()
    try:
        wait()
        print(name, "returned")
    except KeyboardInterrupt:
        print(name, "-> KeyboardInterrupt, promptly:", time.monotonic() - start < 5)
release.set()
for t in threading.enumerate():
    if t is not threading.main_thread():
        t.join()
print("done")
