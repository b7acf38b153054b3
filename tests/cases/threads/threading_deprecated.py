# The camelCase aliases of threading still work and warn with CPython's messages.
import threading
import warnings


def show(label, func):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func()
    for w in caught:
        print(f"{label}: {result!r} | {w.category.__name__}: {w.message} | line {w.lineno}")


t = threading.Thread(name="old-style")
show("getName", lambda: t.getName())
show("setName", lambda: t.setName("renamed"))
print(t.name)
show("isDaemon", lambda: t.isDaemon())
show("setDaemon", lambda: t.setDaemon(True))
print(t.daemon)
show("currentThread", lambda: threading.currentThread().name)
show("activeCount", lambda: threading.activeCount())
e = threading.Event()
show("isSet", lambda: e.isSet())
c = threading.Condition()


def notify_all_old():
    with c:
        return c.notifyAll()


show("notifyAll", notify_all_old)
t.start()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t.setDaemon(False)
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        threading.currentThread()
    except DeprecationWarning as e:
        print("as error:", e)
