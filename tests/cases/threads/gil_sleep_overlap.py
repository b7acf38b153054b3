# 100 threads each sleeping 0.2 s: sleep releases the GIL, so they overlap.
import _thread
import time

start = time.monotonic()
locks = []
for i in range(100):
    lock = _thread.allocate_lock()
    lock.acquire()
    locks.append(lock)

    def sleeper(lock=lock):
        time.sleep(0.2)
        lock.release()

    _thread.start_new_thread(sleeper, ())
for lock in locks:
    lock.acquire()
elapsed = time.monotonic() - start
print("all woke:", len(locks))
print("overlapped:", elapsed < 1.0)
