# threading.Thread: target/args/kwargs, run() overrides, start/join/is_alive, ident, daemon, errors.
import threading

results = []


def work(a, b=0, *, c=1):
    results.append((threading.current_thread().name, a + b + c))


t = threading.Thread(target=work, args=(1,), kwargs={"b": 2, "c": 3}, name="adder")
print(t.is_alive(), t.ident, t.native_id, t.daemon)
t.start()
t.join()
print(results, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
t.join()
t.join(0)
print("joined again")


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n
        self.inside = threading.current_thread() is self


s = Squarer(7)
s.start()
s.join()
print(s.result, s.inside)

# Errors from start/join/daemon.
for action in (t.start, lambda: threading.Thread().join(), threading.current_thread().join):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


for action in (lambda: NoInit().start(), lambda: NoInit().join(), lambda: setattr(NoInit(), "daemon", True)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
for action in (lambda: repr(NoInit()), lambda: NoInit().name, lambda: NoInit().is_alive()):
    try:
        action()
    except AssertionError as e:
        print("AssertionError:", e)

# A thread that waits: alive until released; join with a timeout returns early.
gate = threading.Event()
waiter = threading.Thread(target=gate.wait, name="waiter")
waiter.start()
waiter.join(0.05)
print("after timed join:", waiter.is_alive())
print(waiter in threading.enumerate(), threading.active_count())
print(sorted(th.name for th in threading.enumerate()))
gate.set()
waiter.join()
print("after release:", waiter.is_alive(), waiter in threading.enumerate(), threading.active_count())

# Daemon flag: explicit, default from the creating thread, settable before start.
print(threading.Thread(daemon=True).daemon, threading.Thread().daemon)
seen = []


def make_child():
    seen.append(threading.Thread().daemon)
    seen.append(threading.current_thread().daemon)


d = threading.Thread(target=make_child, daemon=True)
d.start()
d.join()
print("child of daemon is daemon:", seen)
u = threading.Thread(target=make_child)
u.daemon = True
print(u.daemon)
u.daemon = False
u.start()
u.join()
print(seen)

# main_thread / current_thread.
print(threading.main_thread() is threading.current_thread(), threading.main_thread().name)
print(threading.main_thread().is_alive(), threading.main_thread().daemon)
inner = []
m = threading.Thread(target=lambda: inner.append((threading.main_thread().name, threading.current_thread().name)), name="probe")
m.start()
m.join()
print(inner)
print(threading.get_ident() == threading.current_thread().ident, threading.get_native_id() == threading.main_thread().native_id)

# Return values and exceptions of run() do not come back to join().
print(threading.Thread(target=lambda: 42).start())
