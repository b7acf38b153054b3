# 8 threads x 100,000 list.append under the GIL: no append is lost, and each thread's
# items keep their order.
import _thread

N_THREADS = 8
N_ITEMS = 100_000
items = []
done = []
for t in range(N_THREADS):
    lock = _thread.allocate_lock()
    lock.acquire()
    done.append(lock)

    def work(tag=t, lock=lock):
        append = items.append
        for i in range(N_ITEMS):
            append((tag, i))
        lock.release()

    _thread.start_new_thread(work, ())
for lock in done:
    lock.acquire()
print(len(items))
last = {}
ordered = True
for tag, i in items:
    if last.get(tag, -1) != i - 1:
        ordered = False
    last[tag] = i
print(ordered, sorted(last.values()) == [N_ITEMS - 1] * N_THREADS)
# list.pop from many threads: every item popped exactly once.
popped = []
done = []
for t in range(N_THREADS):
    lock = _thread.allocate_lock()
    lock.acquire()
    done.append(lock)

    def drain(lock=lock):
        mine = []
        while True:
            try:
                mine.append(items.pop())
            except IndexError:
                break
        popped.extend(mine)
        lock.release()

    _thread.start_new_thread(drain, ())
for lock in done:
    lock.acquire()
print(len(popped), len(set(popped)), len(items))
