# multiprocessing.pool.ThreadPool: the blocking and lazy calls, close/join/terminate.
import threading
from multiprocessing.pool import ThreadPool
import multiprocessing.pool as mpp


def square(x):
    return x * x


def fails_on(bad):
    def fn(x):
        if x == bad:
            raise KeyError(x)
        return x
    return fn


pool = ThreadPool(3)
print(pool._processes, pool._state, len(pool._pool))
print(repr(pool))
print(pool.apply(pow, (2, 5)), pool.apply(dict, (), {'a': 1}), pool.apply(int))
print(pool.map(square, range(10)))
print(pool.map(square, range(10), chunksize=4), pool.map(square, range(7), 1))
print(pool.map(square, []), pool.map(square, iter([1, 2])), pool.map(square, {3: 'x'}))
print(pool.starmap(pow, [(2, 3), (3, 2)]), pool.starmap(pow, [], chunksize=2))
print(list(pool.imap(square, range(6))))
print(list(pool.imap(square, range(7), chunksize=3)))
print(sorted(pool.imap_unordered(square, range(6))))
print(sorted(pool.imap_unordered(square, range(7), 2)))
print(list(pool.imap(square, [])), list(pool.imap_unordered(square, [])))
print(type(pool.imap(square, [1], chunksize=2)).__name__)
print(pool.map(square, [1, 2], chunksize=0), pool.map(square, [1, 2], chunksize=-1))

try:
    pool.map(fails_on(2), range(4))
except KeyError as e:
    print('map raised KeyError', e)
try:
    pool.apply(fails_on(0), (0,))
except KeyError as e:
    print('apply raised KeyError', e)
try:
    pool.apply(square, 5)
except TypeError as e:
    print('TypeError', e)
try:
    pool.starmap(pow, [1])
except TypeError as e:
    print('TypeError', e)
try:
    pool.map(square, 5)
except TypeError as e:
    print('TypeError', e)
for fn in (pool.imap, pool.imap_unordered):
    try:
        fn(square, [1], chunksize=0)
    except ValueError as e:
        print('ValueError', e)

# errors while iterating the input of imap arrive through next()
def source():
    yield 1
    yield 2
    raise LookupError('source ran dry')


it = pool.imap(square, source())
for _ in range(4):
    try:
        print('imap item', next(it))
    except StopIteration:
        print('StopIteration')
    except LookupError as e:
        print('LookupError', e)
it = pool.imap(square, 5)
try:
    next(it)
except TypeError as e:
    print('TypeError from next', e)

it = pool.imap(fails_on(1), [0, 1, 2])
for _ in range(3):
    try:
        print('item', next(it))
    except KeyError as e:
        print('item raised KeyError', e)

pool.close()
print(repr(pool))
for call in (lambda: pool.apply(abs, (1,)), lambda: pool.map(abs, [1]),
             lambda: pool.imap(abs, [1]), lambda: pool.apply_async(abs, (1,))):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
pool.join()
print(repr(pool))
pool.close()
pool.join()

# close lets queued work finish before join returns
gate = threading.Event()
pool = ThreadPool(1)
slow = pool.apply_async(gate.wait)
rest = [pool.apply_async(square, (i,)) for i in range(4)]
pool.close()
gate.set()
pool.join()
print(slow.get(), [r.get() for r in rest])

pool = ThreadPool(2)
try:
    pool.join()
except ValueError as e:
    print('ValueError', e)
pool.terminate()
print(repr(pool))
pool.join()
pool.terminate()

# terminate from another thread waits for the running task
gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait()


pool = ThreadPool(1)
running = pool.apply_async(hold)
queued = pool.apply_async(square, (3,))
started.wait()
stopper = threading.Thread(target=pool.terminate)
stopper.start()
gate.set()
stopper.join()
print('terminated', repr(pool))

with ThreadPool(2) as p:
    print(p.map(square, [4, 5]), repr(p))
print(repr(p))

for bad in (0, -1):
    try:
        ThreadPool(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPool(1, initializer=5)
except TypeError as e:
    print('TypeError', e)
p = ThreadPool(1)
try:
    p.__reduce__()
except NotImplementedError as e:
    print('NotImplementedError', e)
p.terminate()

seen = []
lock = threading.Lock()


def init(tag):
    with lock:
        seen.append(tag)


p = ThreadPool(2, initializer=init, initargs=('up',))
p.map(square, range(4))
p.close()
p.join()
print(seen)
print(mpp.__all__, mpp.RUN, mpp.CLOSE, mpp.TERMINATE, mpp.INIT)
print(ThreadPool.__mro__[1].__name__, ThreadPool.__module__)
