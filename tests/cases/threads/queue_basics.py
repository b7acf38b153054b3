# queue: FIFO/LIFO/priority ordering, sizes, nowait variants, Empty/Full, SimpleQueue, generic aliases.
import queue

print(queue.__all__)
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    for item in (3, 1, 4, 1, 5):
        q.put(item)
    print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, [q.get() for _ in range(5)])
    try:
        q.get_nowait()
    except queue.Empty as e:
        print("Empty", repr(e))

bounded = queue.Queue(2)
bounded.put_nowait("a")
bounded.put("b", block=False)
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    bounded.put("c", timeout=0)
except queue.Full:
    print("Full with timeout=0")
print(bounded.get_nowait(), bounded.full())
for size in (0, -1):
    q = queue.Queue(size)
    for i in range(100):
        q.put_nowait(i)
    print("unbounded", size, q.full(), q.qsize())

pq = queue.PriorityQueue()
for entry in [(2, "write"), (0, "urgent"), (1, "read"), (0, "also urgent")]:
    pq.put(entry)
print([pq.get() for _ in range(4)])
print(type(queue.Queue().queue).__name__, type(queue.LifoQueue().queue).__name__, type(pq.queue).__name__)

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-1)
print(sq.empty(), sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")

print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple])
print(queue.SimpleQueue[int].__args__, queue.SimpleQueue[int].__origin__ is queue.SimpleQueue)
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
q = queue.Queue()
print(sorted(k for k in vars(q)))
