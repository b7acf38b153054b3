# An exception in a thread goes to threading.excepthook (here a custom one); the main thread continues.
import threading
import traceback


def hook(args):
    last = traceback.extract_tb(args.exc_traceback)[-1]
    print(f"hook: thread {args.thread.name} raised {args.exc_type.__name__}: {args.exc_value} (in {last.name}, line {last.lineno})")


def worker():
    raise RuntimeError("failure inside worker")


threading.excepthook = hook
t = threading.Thread(target=worker, name="worker-1")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())
print(threading.__excepthook__ is not hook)
