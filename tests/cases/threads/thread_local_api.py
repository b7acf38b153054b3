import _thread

loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__)
out = []
done = _thread.allocate_lock()
done.acquire()


def other():
    out.append(hasattr(loc, "x"))
    loc.x = 2
    out.append(loc.__dict__)
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(out, loc.x)
del loc.x
try:
    loc.x
except AttributeError as e:
    print(e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print(e)


class Counter(_thread._local):
    inits = 0

    def __init__(self, start, step=1):
        Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print(c.bump(), c.bump())
results = []
done = _thread.allocate_lock()
done.acquire()


def use():
    results.append(c.value)
    results.append(c.bump())
    done.release()


_thread.start_new_thread(use, ())
done.acquire()
print(results, c.value, Counter.inits)
try:
    c.missing
except AttributeError as e:
    print(e)
