import _thread
import sys

print(type(_thread.allocate_lock()).__name__, _thread.LockType is type(_thread.allocate_lock()))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
lock = _thread.allocate_lock()
print(repr(lock).split(" object")[0], lock.locked())
print(lock.acquire(), lock.locked(), repr(lock).split(" object")[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
for call in [
    lambda: lock.release(),
    lambda: lock.acquire(False, 1),
    lambda: lock.acquire(timeout=-2),
    lambda: lock.acquire(timeout=1e10),
    lambda: type(lock)(),
    lambda: _thread.start_new_thread(1, ()),
    lambda: _thread.start_new_thread(print, []),
    lambda: _thread.start_new_thread(print, (), []),
    lambda: _thread._local(1),
    lambda: _thread.stack_size(100),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

r = _thread.RLock()
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._is_owned())
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
try:
    r._release_save()
except RuntimeError as e:
    print(e)


class MyRLock(_thread.RLock):
    pass


print(MyRLock().acquire(), isinstance(MyRLock(), _thread.RLock))

# a lock released by another thread, as Lock allows
lock = _thread.allocate_lock()
lock.acquire()
done = _thread.allocate_lock()
done.acquire()


def release_it():
    lock.release()
    done.release()


_thread.start_new_thread(release_it, ())
done.acquire()
print("released by other thread:", not lock.locked())

# an RLock owned by another thread
r = _thread.RLock()
held = _thread.allocate_lock()
held.acquire()
finish = _thread.allocate_lock()
finish.acquire()


def owner():
    r.acquire()
    held.release()
    finish.acquire()
    r.release()
    held.release()


_thread.start_new_thread(owner, ())
held.acquire()
print("other owner:", r._is_owned(), r.acquire(False))
try:
    r.release()
except RuntimeError as e:
    print(e)
finish.release()
held.acquire()
print("free again:", r.acquire(False))
r.release()

# get_ident differs per thread; the sentinel lock is released when the thread ends
idents = []
out = _thread.allocate_lock()
out.acquire()
holder = []


def who():
    idents.append(_thread.get_ident())
    holder.append(_thread._set_sentinel())
    out.release()


_thread.start_new_thread(who, ())
out.acquire()
holder[0].acquire()
print("sentinel released:", idents[0] != _thread.get_ident(), _thread.get_native_id() > 0)
print("count:", _thread._count())
print("stack_size:", _thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0))

# an exception in a thread started directly goes to sys.unraisablehook
got = []
sys.unraisablehook = lambda u: got.append((u.exc_type.__name__, str(u.exc_value), u.err_msg))
done = _thread.allocate_lock()
done.acquire()


def fails():
    try:
        raise ValueError("in thread")
    finally:
        done.release()


_thread.start_new_thread(fails, ())
done.acquire()
import time
while _thread._count():
    time.sleep(0.01)
print(got)
sys.unraisablehook = sys.__unraisablehook__

# SystemExit ends a thread silently
done = _thread.allocate_lock()
done.acquire()


def quits():
    done.release()
    _thread.exit()


_thread.start_new_thread(quits, ())
done.acquire()
while _thread._count():
    time.sleep(0.01)
print("exit ok")
