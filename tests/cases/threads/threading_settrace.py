# threading.settrace/setprofile: stored, returned by gettrace/getprofile, installed in new threads only.
import sys
import threading

print(threading.gettrace(), threading.getprofile())
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_work":
        events.append(("trace", event))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name == "traced_work" and event in ("call", "return"):
        events.append(("profile", event))


def traced_work():
    x = 1
    return x + 1


threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
print("main thread untouched:", sys.gettrace() is None, sys.getprofile() is None)
seen = []


def body():
    seen.append((sys.gettrace() is tracer, sys.getprofile() is profiler))
    traced_work()
    sys.settrace(None)
    sys.setprofile(None)


t = threading.Thread(target=body)
t.start()
t.join()
print(seen)
print(events)
threading.settrace(None)
threading.setprofile(None)
events.clear()
t = threading.Thread(target=body)
t.start()
t.join()
print(seen[-1], events, threading.gettrace(), threading.getprofile())
