# threading.Semaphore and BoundedSemaphore: counting, timeouts, release(n), errors, reprs.
import re
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


s = threading.Semaphore(2)
print(clean(repr(s)), s._value)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
print(clean(repr(s)))
s.release()
print(s.acquire(blocking=False))
s.release(3)
print(s._value)
with s as got:
    print("with", got, s._value)
print(s._value)
for bad in (0, -1):
    try:
        s.release(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
for bad in (-1, -10):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print("ValueError:", e)
print(threading.Semaphore(0).acquire(False), threading.Semaphore().acquire(False))

b = threading.BoundedSemaphore(3)
print(clean(repr(b)))
b.acquire()
b.acquire()
print(clean(repr(b)))
b.release(2)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
print(b._value)
try:
    b.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.BoundedSemaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Blocked acquirers are released one per unit.
sem = threading.Semaphore(0)
done = []
lock = threading.Lock()


def taker(i):
    sem.acquire()
    with lock:
        done.append(i)


ts = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
sem.release(2)
sem.release()
sem.release()
for t in ts:
    t.join()
print(sorted(done), sem._value)

# At most N holders at once.
pool = threading.BoundedSemaphore(2)
inside = 0
peak = 0
count_lock = threading.Lock()


def use():
    global inside, peak
    for _ in range(50):
        with pool:
            with count_lock:
                inside += 1
                peak = max(peak, inside)
            with count_lock:
                inside -= 1


ts = [threading.Thread(target=use) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak <= 2, pool._value)
