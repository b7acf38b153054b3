# sys.settrace/sys.setprofile functions belong to the thread that set them.
import sys
import threading


def hook(*args):
    return hook


print(sys.gettrace(), sys.getprofile())
sys.settrace(hook)
sys.setprofile(hook)
print(sys.gettrace() is hook, sys.getprofile() is hook)
seen = []
t = threading.Thread(target=lambda: seen.append((sys.gettrace(), sys.getprofile())))
t.start()
t.join()
print(seen)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
try:
    sys.settrace()
except TypeError as e:
    print(e)
