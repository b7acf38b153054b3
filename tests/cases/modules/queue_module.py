# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, maxsize, Empty/Full, task_done/join, producer/consumer threads.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty(), sq.qsize())
work = queue.Queue()
results = []


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for i in range(20):
    work.put(i)
work.join()
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(sorted(results), work.unfinished_tasks)
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)
