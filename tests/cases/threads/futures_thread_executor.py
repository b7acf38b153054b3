# ThreadPoolExecutor: submit, map, naming, worker reuse, shutdown, errors.
import concurrent.futures as cf
import threading
from concurrent.futures import thread as cft

print(cf.ThreadPoolExecutor.__module__, cf.ThreadPoolExecutor.__mro__[1].__name__)
print([c.__name__ for c in cft.BrokenThreadPool.__mro__])

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(pow, 2, 10).result())
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, x=4).result())
    fut = ex.submit(int, 'nope')
    print(type(fut.exception()).__name__, fut.exception())
    print(list(ex.map(pow, [1, 2, 3], [2, 2, 2, 2])))
    print(list(ex.map(str.upper, ['a', 'b'], timeout=5, chunksize=7)))
    print(type(ex.map(abs, [])).__name__, list(ex.map(abs, [])))
    results = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(results))
    try:
        next(results)
    except ZeroDivisionError as e:
        print('map raised', e)
    try:
        ex.submit()
    except TypeError as e:
        print('TypeError', e)
print('shut down after with:', ex._shutdown)

# names
ex = cf.ThreadPoolExecutor(1, thread_name_prefix='crew')
print(ex.submit(lambda: threading.current_thread().name).result())
print(ex.submit(lambda: threading.current_thread().daemon).result())
ex.shutdown()
ex = cf.ThreadPoolExecutor(1)
name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith('ThreadPoolExecutor-'), name.endswith('_0'))
ex.shutdown()

# default size and argument checks
print(cf.ThreadPoolExecutor()._max_workers == min(32, (__import__('os').cpu_count() or 1) + 4))
for bad in (0, -3):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    cf.ThreadPoolExecutor(2, initializer='not callable')
except TypeError as e:
    print('TypeError', e)

# bounded number of threads: blocked jobs occupy every worker
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=3)
blocked = [ex.submit(gate.wait) for _ in range(5)]
print('threads while blocked:', len(ex._threads))
gate.set()
print([f.result() for f in blocked])
ex.shutdown()
print('after shutdown:', [t.is_alive() for t in ex._threads])

# submit / map after shutdown
for call in (lambda: ex.submit(abs, 1), lambda: ex.map(abs, [1])):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
ex.shutdown()
ex.shutdown(wait=False)

# cancel_futures: queued jobs are cancelled, running ones finish
gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait()
    return 'held'


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(hold)
queued = [ex.submit(abs, -i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print('queued cancelled:', [f.cancelled() for f in queued])
gate.set()
ex.shutdown()
print(first.result(), first.cancelled())

# shutdown without cancel_futures completes the queue
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
futs = [ex.submit(gate.wait)] + [ex.submit(abs, -i) for i in range(3)]
ex.shutdown(wait=False)
gate.set()
ex.shutdown(wait=True)
print([f.result() for f in futs])

# map timeout; the futures not reached are cancelled
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
it = ex.map(lambda x: gate.wait(), [1, 2, 3], timeout=0.05)
try:
    next(it)
except cf.TimeoutError as e:
    print('map timeout', type(e).__name__)
gate.set()
ex.shutdown()

# abandoning a map iterator cancels what has not started
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
it = ex.map(abs, [-1, -2, -3])
it.close()
gate.set()
ex.shutdown()
print('after close:', blocker.result())

# workers are reused: sequential jobs run on one thread
ex = cf.ThreadPoolExecutor(max_workers=4)
used = {ex.submit(lambda: threading.current_thread().name).result() for _ in range(6)}
print('threads for sequential jobs:', len(used) == len(ex._threads), len(ex._threads) <= 2)
ex.shutdown()

# base Executor
base = cf.Executor()
try:
    base.submit(abs, 1)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
print(base.shutdown(), list(base.map(abs, [])))
with cf.Executor() as inner:
    print(type(inner).__name__)
