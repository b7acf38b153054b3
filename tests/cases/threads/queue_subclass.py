# queue.Queue subclasses through the _init/_qsize/_put/_get hooks; the mutex and conditions.
import queue
import threading


class BoundedSet(queue.Queue):
    """Drops duplicate items, hands out the smallest."""

    def _init(self, maxsize):
        self.items = set()
        self.init_calls = getattr(self, "init_calls", 0) + 1
        self.seen_maxsize = maxsize

    def _qsize(self):
        return len(self.items)

    def _put(self, item):
        self.items.add(item)

    def _get(self):
        smallest = min(self.items)
        self.items.remove(smallest)
        return smallest


b = BoundedSet(4)
print(b.init_calls, b.seen_maxsize, b.maxsize)
for x in (5, 3, 5, 3):
    b.put(x)
print(b.qsize(), b.unfinished_tasks, b.full())
b.put(1)
b.put(9)
try:
    b.put_nowait(0)
except queue.Full:
    print("Full at", b.qsize())
print([b.get() for _ in range(b.qsize())])


class Logged(queue.Queue):
    def _put(self, item):
        print("  _put", item, "mutex held:", self.mutex.locked())
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


lq = Logged()
lq.put("a")
lq.put("b")
print(lq.get(), lq.get())
print(type(lq.mutex).__name__, type(lq.not_empty).__name__, lq.not_empty._lock is lq.mutex)
print(lq.not_full._lock is lq.all_tasks_done._lock)


class Reversed(queue.LifoQueue):
    pass


r = Reversed()
for i in range(3):
    r.put(i)
print([r.get() for _ in range(3)], r.queue)
print(Reversed[int], BoundedSet[str])
cond_user = queue.Queue()
with cond_user.not_empty:
    cond_user._put("manual")
    cond_user.unfinished_tasks += 1
    cond_user.not_empty.notify()
print(cond_user.get(), cond_user.unfinished_tasks)
