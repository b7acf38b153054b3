# Executor lifetime: workers leave when the executor is dropped, and jobs
# still queued when the main thread ends are run before the interpreter exits.
import concurrent.futures as cf
import gc
import threading


def run_and_drop():
    ex = cf.ThreadPoolExecutor(max_workers=2)
    print(ex.submit(sum, [1, 2, 3]).result())
    return list(ex._threads)


workers = run_and_drop()
gc.collect()
for t in workers:
    t.join(5)
print('workers alive after the executor is gone:', [t.is_alive() for t in workers])
print('worker daemon flags:', [t.daemon for t in workers])

release = threading.Event()


def late(n):
    release.wait()
    print('late job', n, flush=True)
    return n


kept = cf.ThreadPoolExecutor(max_workers=1)
pending = [kept.submit(late, n) for n in range(3)]
print('main thread done', flush=True)
release.set()
