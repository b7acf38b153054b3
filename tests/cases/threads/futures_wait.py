# wait() and as_completed() on futures completed by hand and by other threads.
import concurrent.futures as cf
import threading


def names(futs, labels):
    return sorted(labels[f] for f in futs)


a, b, c = cf.Future(), cf.Future(), cf.Future()
labels = {a: 'a', b: 'b', c: 'c'}
a.set_result(1)

r = cf.wait([a, b, c], timeout=0)
print(type(r).__name__, names(r.done, labels), names(r.not_done, labels))
r = cf.wait([a, b, c], timeout=0.01, return_when=cf.FIRST_COMPLETED)
print('first completed', names(r.done, labels), names(r.not_done, labels))
r = cf.wait([a, b, c], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print('first exception, none failed', names(r.done, labels), names(r.not_done, labels))
b.set_exception(ValueError('b'))
r = cf.wait([a, b, c], return_when=cf.FIRST_EXCEPTION)
print('first exception', names(r.done, labels), names(r.not_done, labels))
r = cf.wait([b, b, a], return_when='bogus')
print('all done, condition unchecked', names(r.done, labels))
try:
    cf.wait([c], return_when='bogus')
except ValueError as e:
    print('ValueError', e)
print(cf.wait([]))
try:
    cf.wait(3)
except TypeError as e:
    print('TypeError', e)

# a cancelled future counts as done only once its cancellation is notified
d = cf.Future()
labels[d] = 'd'
d.cancel()
r = cf.wait([d], timeout=0.01)
print('cancelled, not notified', names(r.done, labels), names(r.not_done, labels))
d.set_running_or_notify_cancel()
r = cf.wait([d])
print('cancelled and notified', names(r.done, labels), names(r.not_done, labels))

# completion from another thread wakes the waiter
go = threading.Event()


def finish_later(fut, value):
    go.wait()
    fut.set_result(value)


t = threading.Thread(target=finish_later, args=(c, 3))
t.start()
go.set()
r = cf.wait([a, b, c, d])
t.join()
print('all completed', names(r.done, labels), names(r.not_done, labels))

# as_completed
print(names(cf.as_completed([a, b, c, a]), labels))
print(list(cf.as_completed([])))
gen = cf.as_completed(5)
print(type(gen).__name__)
try:
    next(gen)
except TypeError as e:
    print('TypeError', e)

p1, p2 = cf.Future(), cf.Future()
got = []
try:
    for fut in cf.as_completed([a, p1, p2, b], timeout=0.02):
        got.append(labels.get(fut))
except cf.TimeoutError as e:
    print('TimeoutError', e, sorted(got))
try:
    for fut in cf.as_completed([p1], timeout=0):
        pass
except TimeoutError as e:
    print('TimeoutError', e)

# futures finished while as_completed waits are yielded in completion order
q1, q2, q3 = cf.Future(), cf.Future(), cf.Future()
order = {q1: 'q1', q2: 'q2', q3: 'q3'}
step = threading.Semaphore(0)


def finisher():
    for fut in (q2, q3, q1):
        step.acquire()
        fut.set_result(order[fut])


t = threading.Thread(target=finisher)
t.start()
seen = []
step.release()
for fut in cf.as_completed([q1, q2, q3]):
    seen.append(fut.result())
    step.release()
t.join()
print(seen)
