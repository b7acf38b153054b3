# threading.Barrier: indices, action, reuse across rounds, timeout, abort, reset, broken state.
import re
import threading


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


b = threading.Barrier(3)
print(clean(repr(b)), b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        indices.append(i)


for round_no in range(2):
    ts = [threading.Thread(target=party) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("round", round_no, sorted(indices), b.n_waiting, b.broken)
    indices.clear()

# The action runs once per round, in one of the threads, before anyone leaves.
log = []
act = threading.Barrier(2, action=lambda: log.append("action"))


def step():
    act.wait()
    with lock:
        log.append("after")


ts = [threading.Thread(target=step) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)

# One party alone: passes immediately.
solo = threading.Barrier(1, action=lambda: print("solo action"))
print(solo.wait(), solo.wait())

# Timeout breaks the barrier for everyone.
slow = threading.Barrier(2, timeout=0.01)
try:
    slow.wait()
except threading.BrokenBarrierError as e:
    print("broken by timeout:", type(e).__name__, repr(e), slow.broken)
print(clean(repr(slow)))
try:
    slow.wait()
except threading.BrokenBarrierError:
    print("still broken")
slow.reset()
print("after reset:", slow.broken, clean(repr(slow)))
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("wait(timeout) override")

# abort() wakes a waiting thread with BrokenBarrierError.
ab = threading.Barrier(3)
outcome = []


def blocked():
    try:
        ab.wait()
    except threading.BrokenBarrierError:
        outcome.append("aborted")


t = threading.Thread(target=blocked)
t.start()
while ab.n_waiting < 1:
    threading.Event().wait(0.001)
print("waiting:", ab.n_waiting)
ab.abort()
t.join()
print(outcome, ab.broken, ab.n_waiting)

# reset() while a thread waits: that thread gets BrokenBarrierError, the barrier is usable again.
rs = threading.Barrier(2)
t = threading.Thread(target=lambda: outcome.append(catch(rs.wait)))


def catch(fn):
    try:
        return fn()
    except threading.BrokenBarrierError:
        return "reset broke it"


t.start()
while rs.n_waiting < 1:
    threading.Event().wait(0.001)
rs.reset()
t.join()
print(outcome[-1], rs.broken, rs.n_waiting)
t = threading.Thread(target=lambda: outcome.append(catch(rs.wait)))
t.start()
while rs.n_waiting < 1:
    threading.Event().wait(0.001)
print("main got", rs.wait())
t.join()
print(outcome[-1])

# An exception in the action breaks the barrier; the raising thread sees the exception.
bad = threading.Barrier(2, action=lambda: 1 / 0)
results = []


def guarded():
    try:
        results.append(bad.wait())
    except threading.BrokenBarrierError:
        results.append("broken")
    except ZeroDivisionError:
        results.append("ZeroDivisionError")


ts = [threading.Thread(target=guarded) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), bad.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.BrokenBarrierError.__module__)
