# Future state machine, callbacks, reprs and error messages (no threads needed).
import io
import sys
import concurrent.futures as cf
from concurrent.futures import _base


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


def show(obj):
    return hide_addresses(repr(obj))


f = cf.Future()
print(show(f), f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), show(f), f.running())
print('cancel running:', f.cancel())
f.set_result(42)
print(show(f), f.done(), f.result(), f.exception())
for setter, value in ((f.set_result, 1), (f.set_exception, ValueError())):
    try:
        setter(value)
    except cf.InvalidStateError as e:
        print(type(e).__name__, hide_addresses(str(e)))
print('cancel finished:', f.cancel())

g = cf.Future()
g.set_exception(KeyError('k'))
print(show(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('result raised', repr(e))

h = cf.Future()
print('cancel pending:', h.cancel(), h.cancel(), show(h), h.cancelled(), h.done())
for getter in (h.result, h.exception):
    try:
        getter()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
print('notify:', h.set_running_or_notify_cancel(), show(h))
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print(hide_addresses(str(e)))

for t in (0, 0.01, -1):
    try:
        cf.Future().result(timeout=t)
    except cf.TimeoutError as e:
        print('timeout', t, repr(e), cf.TimeoutError is TimeoutError)
try:
    cf.Future().exception(timeout=0)
except TimeoutError as e:
    print('exception timeout', type(e).__name__)

# unexpected state: RuntimeError and a critical log line on stderr
old, sys.stderr = sys.stderr, io.StringIO()
try:
    k = cf.Future()
    k.set_result(None)
    try:
        k.set_running_or_notify_cancel()
    except RuntimeError as e:
        print('RuntimeError', e)
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
print(' '.join('N' if w.isdigit() else w for w in captured.split(' ')).strip())

# callbacks: order, immediate call when done, exception logging
log = []
f = cf.Future()
f.add_done_callback(lambda fut: log.append(('first', fut.result())))


def bad(fut):
    raise ValueError('bad callback')


f.add_done_callback(bad)
f.add_done_callback(lambda fut: log.append(('third', fut.result())))
old, sys.stderr = sys.stderr, io.StringIO()
try:
    f.set_result('v')
    f.add_done_callback(lambda fut: log.append(('late', fut.done())))
    f.add_done_callback(bad)
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
print(log)
lines = captured.splitlines()
print(show(lines[0]))
print(lines[1], '...', lines[-1])
print(sum(1 for line in lines if line.startswith('exception calling callback')))


def stop(fut):
    raise KeyboardInterrupt


z = cf.Future()
z.add_done_callback(stop)
try:
    z.set_result(1)
except KeyboardInterrupt:
    print('BaseException from callback propagates', z.done())

c = cf.Future()
c.add_done_callback(lambda fut: print('cancel callback sees', fut.cancelled()))
c.cancel()
e = cf.Future()
e.add_done_callback(lambda fut: print('callback sees', repr(fut.exception())))
e.set_exception(TypeError('t'))

n = cf.Future()
n.set_result(None)
print(show(n))


class MyFuture(cf.Future):
    pass


print(show(MyFuture()))
print(cf.Future[int], cf.Future.__module__, cf.Future.__qualname__)
print([c.__name__ for c in cf.CancelledError.__mro__])
print([c.__name__ for c in cf.InvalidStateError.__mro__])
print([c.__name__ for c in cf.BrokenExecutor.__mro__])
print(cf.CancelledError.__module__, cf.BrokenExecutor.__module__, _base.Error.__module__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.__all__)
print(dir(cf))
try:
    cf.nothing_here
except AttributeError as e:
    print(e)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
print(_base.DoneAndNotDoneFutures._fields, _base.DoneAndNotDoneFutures.__module__)
