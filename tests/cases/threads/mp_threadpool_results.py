# AsyncResult / MapResult / IMapIterator: readiness, timeouts, callbacks.
import threading
import multiprocessing
from multiprocessing.pool import ThreadPool, ApplyResult, AsyncResult, MapResult
from multiprocessing.pool import IMapIterator, IMapUnorderedIterator


def hide_addresses(text):
    """Replace each 0x... address by ADDR (without the re module)."""
    out = []
    rest = text
    while True:
        at = rest.find('0x')
        if at < 0:
            return ''.join(out) + rest
        out.append(rest[:at] + 'ADDR')
        end = at + 2
        while end < len(rest) and rest[end] in '0123456789abcdef':
            end += 1
        rest = rest[end:]

print(AsyncResult is ApplyResult, [c.__name__ for c in MapResult.__mro__])
print([c.__name__ for c in IMapUnorderedIterator.__mro__])
print(ApplyResult[int])
print([c.__name__ for c in multiprocessing.TimeoutError.__mro__])
print(multiprocessing.TimeoutError.__module__)

pool = ThreadPool(2)
gate = threading.Event()
r = pool.apply_async(gate.wait)
print(type(r).__name__, r.ready())
try:
    r.successful()
except ValueError as e:
    print('ValueError', hide_addresses(str(e)))
try:
    r.get(timeout=0.01)
except multiprocessing.TimeoutError as e:
    print('TimeoutError', repr(e))
print(r.wait(0.01), r.ready())
gate.set()
print(r.get(), r.wait(), r.ready(), r.successful())

r = pool.apply_async(int, ('x',))
r.wait()
print(r.ready(), r.successful())
try:
    r.get()
except ValueError as e:
    print('get raised', e)

events = []
main = threading.current_thread()
r = pool.apply_async(pow, (3, 2),
                     callback=lambda v: events.append(('callback', v, threading.current_thread() is main)),
                     error_callback=lambda e: events.append(('error', e)))
print(r.get(), events)
events.clear()
r = pool.apply_async(int, ('y',), callback=lambda v: events.append(('callback', v)),
                     error_callback=lambda e: events.append(('error', type(e).__name__)))
r.wait()
print(r.successful(), events)

events.clear()
m = pool.map_async(abs, [-1, -2, -3], callback=lambda v: events.append(('map callback', v)))
print(type(m).__name__, m.get(), events)
events.clear()


def picky(x):
    if x == 2:
        raise KeyError(x)
    return x


m = pool.map_async(picky, [1, 2, 3], chunksize=1,
                   error_callback=lambda e: events.append(('map error', repr(e))))
m.wait()
print(m.ready(), m.successful(), events)
try:
    m.get()
except KeyError as e:
    print('map get raised', repr(e))
events.clear()
m = pool.map_async(abs, [], callback=lambda v: events.append(v))
print(m.ready(), m.get(), events)
s = pool.starmap_async(pow, [(2, 2), (2, 3)], callback=lambda v: events.append(('star', v)))
print(s.get(), events)

gate = threading.Event()
it = pool.imap(lambda x: gate.wait() and x, [7, 8])
print(type(it).__name__, iter(it) is it)
try:
    it.next(timeout=0.01)
except multiprocessing.TimeoutError as e:
    print('next timeout', repr(e))
gate.set()
print(it.next(timeout=5), next(it))
try:
    it.next()
except StopIteration:
    print('exhausted')

gate = threading.Event()
u = pool.imap_unordered(lambda x: gate.wait() and x, [1])
print(type(u).__name__)
try:
    u.next(timeout=0)
except multiprocessing.TimeoutError:
    print('unordered timeout')
gate.set()
print(list(u))
pool.close()
pool.join()
