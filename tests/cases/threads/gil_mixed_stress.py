# 8 threads for about 2 seconds: shared dict updates, deque hand-offs between producer and
# consumer pairs, and Condition ping-pong. Nothing is lost, nothing deadlocks.
import collections
import threading
import time

DURATION = 2.0
deadline = time.monotonic() + DURATION

# dict updates: each thread owns its keys in a shared dict
shared = {}


def dict_worker(tag):
    n = 0
    while time.monotonic() < deadline:
        for i in range(200):
            shared[(tag, i)] = shared.get((tag, i), 0) + 1
        n += 1
    totals[tag] = n


totals = {}

# deque hand-off: the producer appends numbers, the consumer pops them from the left
channel = collections.deque()
received = []
produced = [0]
STOP = object()


def producer():
    i = 0
    while time.monotonic() < deadline:
        for _ in range(100):
            channel.append(i)
            i += 1
        time.sleep(0)
    produced[0] = i
    channel.append(STOP)


def consumer():
    while True:
        try:
            item = channel.popleft()
        except IndexError:
            time.sleep(0.0005)
            continue
        if item is STOP:
            break
        received.append(item)


# Condition ping-pong: two threads take turns through one condition
cond = threading.Condition()
turn = ["ping"]
rounds = {"ping": 0, "pong": 0}


def player(me, other):
    while True:
        with cond:
            while turn[0] != me:
                if not cond.wait(timeout=5):
                    raise RuntimeError("ping-pong stalled")
            if time.monotonic() >= deadline and rounds[me] >= 10:
                turn[0] = other
                rounds[me] += 1
                cond.notify_all()
                return
            rounds[me] += 1
            turn[0] = other
            cond.notify_all()


threads = [threading.Thread(target=dict_worker, args=(t,)) for t in range(4)]
threads += [threading.Thread(target=producer), threading.Thread(target=consumer)]
threads += [
    threading.Thread(target=player, args=("ping", "pong")),
    threading.Thread(target=player, args=("pong", "ping")),
]
start = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=30)
print("all finished:", not any(t.is_alive() for t in threads))
print("in time:", time.monotonic() - start < 10)
print("dict counts match:", all(shared[(tag, i)] == totals[tag] for tag in range(4) for i in range(200)))
print("deque lost nothing:", received == list(range(produced[0])))
print("ping-pong alternated:", abs(rounds["ping"] - rounds["pong"]) <= 1 and rounds["ping"] >= 10)
