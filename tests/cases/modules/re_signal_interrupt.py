# A signal handler that raises stops a runaway match (CPython polls signals while matching).
import re, signal, time
def h(*a): raise TimeoutError("took too long")
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.3)
t = time.time()
try:
    re.match(r'(a*)*b', 'a' * 40)
except TimeoutError as e:
    print("interrupted:", e, time.time() - t < 2)
