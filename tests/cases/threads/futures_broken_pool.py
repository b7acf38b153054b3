# A failing initializer breaks a ThreadPoolExecutor.
import concurrent.futures as cf
import io
import sys
from concurrent.futures.thread import BrokenThreadPool

calls = []


def init(tag):
    calls.append(tag)
    raise ValueError('cannot start ' + tag)


old, sys.stderr = sys.stderr, io.StringIO()
try:
    ex = cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=('w',))
    fut = ex.submit(abs, -1)
    try:
        fut.result()
    except BrokenThreadPool as e:
        print('BrokenThreadPool', e)
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
lines = captured.splitlines()
print(lines[0], '|', lines[1], '|', lines[-1])
print(calls)
try:
    ex.submit(abs, -2)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
print(ex._broken)
ex.shutdown()

# a working initializer runs once per worker thread
seen = []
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=seen.append, initargs=('ready',))
print([ex.submit(abs, -i).result() for i in range(3)], seen)
ex.shutdown()
