# queue: blocking put/get between threads, timeouts, task_done/join with workers, SimpleQueue hand-off.
import queue
import threading

# get() blocks until a producer puts.
q = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.append(q.get()))
c.start()
q.put("hello")
c.join()
print(got, q.empty())

# put() blocks on a full queue until a consumer makes room.
full = queue.Queue(1)
full.put("first")
log = []
started = threading.Event()


def producer():
    started.set()
    full.put("second")


p = threading.Thread(target=producer)
p.start()
started.wait()
first = full.get()
p.join()
log.append(("took", first))
log.append(("took", full.get()))
print(log)

# Timeouts expire when nothing happens.
try:
    queue.Queue().get(timeout=0.02)
except queue.Empty:
    print("get timed out")
try:
    full.put(1)
    full.put(2, timeout=0.02)
except queue.Full:
    print("put timed out", full.qsize())
print(full.get(timeout=1))

# Workers with task_done/join; sentinels stop them.
work = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        try:
            if item is None:
                return
            with lock:
                results.append(item * 10)
        finally:
            work.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    work.put(i)
work.join()
print(len(results), sum(results), work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers:
    w.join()
print(work.unfinished_tasks, work.qsize())

# A pipeline through a bounded LIFO and a PriorityQueue.
stage1 = queue.LifoQueue(maxsize=2)
stage2 = queue.PriorityQueue(maxsize=10)


def move():
    for _ in range(10):
        stage2.put(-stage1.get())


mover = threading.Thread(target=move)
mover.start()
for i in range(10):
    stage1.put(i)
mover.join()
drained = []
while not stage2.empty():
    drained.append(stage2.get_nowait())
print(len(drained), sorted(drained))

# SimpleQueue: consumer blocks until items arrive, FIFO order kept.
sq = queue.SimpleQueue()
received = []


def reader():
    while (item := sq.get()) is not None:
        received.append(item)


r = threading.Thread(target=reader)
r.start()
for i in range(20):
    sq.put(i)
sq.put(None)
r.join()
print(received == list(range(20)))

# join() waits for a slow consumer.
jq = queue.Queue()
order = []


def slow():
    item = jq.get()
    threading.Event().wait(0.02)
    order.append(("processed", item))
    jq.task_done()


s = threading.Thread(target=slow)
s.start()
jq.put("job")
jq.join()
order.append("join returned")
s.join()
print(order)
