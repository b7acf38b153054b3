# signal.setitimer/getitimer: a repeating ITIMER_REAL timer interrupts a busy loop through its
# Python handler; errors are signal.ItimerError (an OSError).
import signal
import time

ticks = []
signal.signal(signal.SIGALRM, lambda signum, frame: ticks.append(signum))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < value <= 0.05, interval)
deadline = time.monotonic() + 5
n = 0
while len(ticks) < 3 and time.monotonic() < deadline:
    n += 1
old_value, old_interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks:", len(ticks) >= 3, set(ticks) == {signal.SIGALRM}, old_interval)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError), signal.ItimerError.__module__)
for args in [(99, 1), (signal.ITIMER_REAL, -1)]:
    try:
        signal.setitimer(*args)
    except signal.ItimerError as e:
        print(type(e).__name__, e.errno, e)
try:
    signal.setitimer(signal.ITIMER_REAL, "x")
except TypeError as e:
    print(e)
