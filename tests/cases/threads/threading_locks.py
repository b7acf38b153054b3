# Lock, RLock (the native one and the pure-Python _RLock): acquire/release, timeouts, owners, reprs.
import re
import _thread
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"owner=\d{5,}", "owner=IDENT", text))


def in_thread(func):
    box = []
    t = threading.Thread(target=lambda: box.append(func()))
    t.start()
    t.join()
    return box[0]


lock = threading.Lock()
print(type(lock).__name__, lock.locked(), clean(repr(lock)))
print(lock.acquire(), lock.locked(), clean(repr(lock)))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
print("other thread:", in_thread(lambda: lock.acquire(timeout=0.01)))
lock.release()
print(in_thread(lambda: (lock.acquire(False), lock.release())))
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in ((False, 1), (True, -5)):
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
with lock as entered:
    print("with:", entered, lock.locked())
print(lock.locked())
print(threading.Lock is _thread.allocate_lock, isinstance(threading.TIMEOUT_MAX, float))
print(threading.ThreadError is RuntimeError)

for make in (threading.RLock, threading._RLock, threading._PyRLock):
    r = make()
    print("--", make.__name__)
    print(r.acquire(), r.acquire(), r.acquire(blocking=False), r._is_owned())
    print("other thread acquire:", in_thread(lambda: r.acquire(False)), in_thread(lambda: r._is_owned()))

    def foreign_release():
        try:
            r.release()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    print(in_thread(foreign_release))
    r.release()
    r.release()
    print(r._is_owned())
    r.release()
    print(r._is_owned(), in_thread(lambda: r.acquire(False)))
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        r._release_save()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with r:
        with r:
            state = r._release_save()
            print(state[0], r._is_owned())
            r._acquire_restore(state)
            print(r._is_owned())
    print(r._is_owned())
    for args in ((False, 1), (True, -5)):
        try:
            r.acquire(*args)
        except ValueError as e:
            print("ValueError:", e)

py = threading._RLock()
print(clean(repr(py)))
py.acquire()
py.acquire()
print(clean(repr(py)))
py.release()
py.release()
print(clean(repr(threading.RLock())))
rl = threading.RLock()
rl.acquire()
print(clean(repr(rl)))
rl.release()

# Mutual exclusion under contention.
total = 0
guard = threading.RLock()


def bump():
    global total
    for _ in range(2000):
        with guard:
            with guard:
                total += 1


workers = [threading.Thread(target=bump) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("total", total)
