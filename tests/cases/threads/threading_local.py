# threading.local: per-thread attribute namespaces, subclasses with __init__ and slots-free defaults.
import threading

data = threading.local()
data.x = "main"
print(type(data).__name__, threading.local.__module__)
seen = []


def worker(n):
    seen.append(("before", n, hasattr(data, "x")))
    data.x = n
    data.y = n * 2
    seen.append(("after", n, data.x, data.y, sorted(vars(data))))


for n in range(3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
print(seen)
print(data.x, hasattr(data, "y"), vars(data))
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        self.value = start
        type(self).created += 1

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
print(c.bump(), c.bump())
out = []


def use_counter():
    out.append(c.value)
    out.append(c.bump())


for _ in range(2):
    t = threading.Thread(target=use_counter)
    t.start()
    t.join()
print(out, c.value, Counter.created)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Each thread's value survives while the thread runs, independent of the others.
shared = threading.local()
gates = [threading.Event() for _ in range(2)]
results = {}


def keep(i):
    shared.name = f"t{i}"
    gates[i].wait()
    results[i] = shared.name


ts = [threading.Thread(target=keep, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for g in reversed(gates):
    g.set()
for t in ts:
    t.join()
print(sorted(results.items()), hasattr(shared, "name"))
