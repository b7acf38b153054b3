# threading: Thread target/args/name, default names, join, Lock, RLock, Event, Condition, Semaphore, Barrier, local.
import threading

results = []
lock = threading.Lock()


def worker(n, scale=1):
    with lock:
        results.append(n * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}) for i in range(5)]
print([t.name for t in threads][:1], threads[0].daemon, threads[0].is_alive(), threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), all(not t.is_alive() for t in threads), threads[0].ident is not None)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())


class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter-thread")
        self.total = 0

    def run(self):
        for i in range(1000):
            self.total += i


c = Counter()
c.start()
c.join(timeout=10)
print(c.name, c.total)
total = 0
rlock = threading.RLock()


def add_many():
    global total
    for _ in range(10000):
        with rlock:
            with rlock:
                total += 1


ts = [threading.Thread(target=add_many) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print("total", total)
event = threading.Event()
seen = []


def waiter():
    event.wait()
    seen.append("released")


w = threading.Thread(target=waiter)
w.start()
print(event.is_set())
event.set()
w.join()
print(seen, event.is_set())
cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        seen.append(list(items))


cons = threading.Thread(target=consumer)
cons.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
cons.join()
print(seen[-1])
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
barrier = threading.Barrier(3)
order = []


def at_barrier(i):
    barrier.wait()
    with lock:
        order.append(i)


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in bs]
[t.join() for t in bs]
print(sorted(order), barrier.n_waiting)
data = threading.local()
data.value = "main"
out = []


def set_local():
    data.value = "thread"
    out.append(data.value)


lt = threading.Thread(target=set_local)
lt.start()
lt.join()
print(data.value, out)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.release(), lock.locked())
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append("fired"))
tm.start()
tm.join()
print(timer_hits, isinstance(threading.get_ident(), int))
