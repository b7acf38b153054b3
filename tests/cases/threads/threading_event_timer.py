# threading.Event (set/clear/wait with timeouts) and threading.Timer (delay, args, cancel).
import re
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


e = threading.Event()
print(clean(repr(e)), e.is_set(), e.wait(0), e.wait(0.01), e.wait(-1))
e.set()
print(clean(repr(e)), e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))

# Several waiters released by one set().
go = threading.Event()
ready = threading.Semaphore(0)
released = []
lock = threading.Lock()


def waiter(i):
    ready.release()
    result = go.wait()
    with lock:
        released.append((i, result))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
go.set()
for t in ts:
    t.join()
print(sorted(released))

# A ping-pong between two threads ordered by events.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)

# Timer
hits = []
t = threading.Timer(0.01, hits.append, args=["fired"])
print(t.interval, t.args, t.kwargs, type(t.finished).__name__, t.daemon, isinstance(t, threading.Thread))
t.start()
t.join()
print(hits, t.finished.is_set(), t.is_alive())

t = threading.Timer(0.01, lambda *a, **k: hits.append((a, k)), (1, 2), {"k": 3})
t.start()
t.join()
print(hits)

t = threading.Timer(60, hits.append, ["never"])
t.start()
t.cancel()
t.join()
print(hits, t.finished.is_set())

t = threading.Timer(60, hits.append, ["never either"])
t.cancel()
t.start()
t.join()
print(hits)
t = threading.Timer(0, print)
print(t.args, t.kwargs)


class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


count = []
stop_after = threading.Event()


def tick():
    count.append(1)
    if len(count) == 3:
        stop_after.set()


r = Repeat(0.005, tick)
r.start()
stop_after.wait()
r.cancel()
r.join()
print(len(count) >= 3)
