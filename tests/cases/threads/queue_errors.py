# queue: negative timeouts, task_done() too many times, a non-blocking call ignores timeout.
import queue

q = queue.Queue()
q.put(1, timeout=-1)
print(q.qsize())
for call in (lambda: q.get(timeout=-1), lambda: q.get(True, -0.5), lambda: queue.Queue(1).put(1, timeout=-1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(False, -1), q.qsize())
b = queue.Queue(1)
b.put(1, False, -1)
try:
    b.put(2, False, -1)
except queue.Full:
    print("Full (timeout ignored)")
try:
    q.get(False, -1)
except queue.Empty:
    print("Empty (timeout ignored)")
sq = queue.SimpleQueue()
sq.put(1)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(sq.get(False, -1))
try:
    sq.get(False, -1)
except queue.Empty:
    print("SimpleQueue Empty (timeout ignored)")

t = queue.Queue()
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)
t.put("x")
t.put("y")
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.task_done()
print(t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)
t.join()
print("join returns when nothing is pending")
try:
    queue.PriorityQueue().put(object()) or queue.PriorityQueue().get_nowait()
except queue.Empty:
    print("Empty")
pq = queue.PriorityQueue()
pq.put(1)
try:
    pq.put("str")
except TypeError as e:
    print("TypeError:", e)
print(pq.qsize(), pq.unfinished_tasks)
