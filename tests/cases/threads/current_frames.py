# sys._current_frames(): every thread's innermost frame; f_back walks another thread's stack.
import sys
import threading
import traceback

ready = threading.Event()
stop = threading.Event()


def deepest():
    ready.set()
    stop.wait()


def middle():
    deepest()


t = threading.Thread(target=middle)
t.start()
ready.wait()
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), t.ident]))
print(frames[threading.get_ident()].f_code.co_name)
names = []
f = frames[t.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print([n for n in names if n in ("deepest", "middle", "run", "<module>")])
print([fs.name for fs in traceback.extract_stack(frames[t.ident]) if fs.name in ("middle", "deepest")])
stop.set()
t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
