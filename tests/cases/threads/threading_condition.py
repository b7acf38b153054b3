# threading.Condition: wait/notify ordering, notify(n), notify_all, timeouts, wait_for, errors, reprs.
import re
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"owner=\d{5,}", "owner=IDENT", text))


for lock in (None, threading.Lock(), threading.RLock(), threading._RLock()):
    cond = threading.Condition(lock)
    print(clean(repr(cond)))
    for name, call in (("wait", cond.wait), ("notify", cond.notify), ("notify_all", cond.notify_all)):
        try:
            call()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    with cond as entered:
        print("entered", entered, cond.wait(0), cond.wait(0.01), cond.wait(-1))
        print(cond.wait_for(lambda: "ready"), cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: [], 0))
        cond.notify()
        cond.notify_all()
    print(cond.wait_for(lambda: "no lock needed when already true"))

# Waiters are woken in arrival order, n at a time.
cond = threading.Condition()
arrived = threading.Semaphore(0)
woken = []


def waiter(i):
    with cond:
        arrived.release()
        cond.wait()
        woken.append(i)


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    arrived.acquire()
    threads.append(t)
with cond:
    print(clean(repr(cond)))
    cond.notify(2)
    print("after notify(2):", len(cond._waiters))
threads[0].join()
threads[1].join()
print(sorted(woken))
with cond:
    cond.notify(0)
    cond.notify_all()
    print("after notify_all:", len(cond._waiters))
for t in threads:
    t.join()
print(sorted(woken))

# Producer/consumer with wait_for.
items = []
cond = threading.Condition(threading.Lock())
consumed = []


def consumer():
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for n in ("a", "b", "c"):
    with cond:
        items.append(n)
        cond.notify()
c.join()
print(consumed, items)

# A waiter that times out still holds the lock afterwards.
cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond._is_owned())
print(cond._is_owned())
