# heapq must compare items in exactly CPython's order: every __lt__/__eq__ is logged.
import heapq
import random

LOG = []


class Item:
    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        LOG.append(f"{self.tag}<{other.tag}")
        return self.value < other.value

    def __eq__(self, other):
        LOG.append(f"{self.tag}={other.tag}")
        return self.value == other.value

    __hash__ = None

    def __repr__(self):
        return f"{self.tag}:{self.value}"


def show(label, result=None):
    print(label, len(LOG), " ".join(LOG[:40]))
    if result is not None:
        print("   ->", result)
    LOG.clear()


def checksum():
    total = 0
    for entry in LOG:
        for ch in entry:
            total = (total * 131 + ord(ch)) % 1000000007
    count = len(LOG)
    LOG.clear()
    return count, total


rng = random.Random(11)
data = [Item(rng.randrange(12), f"a{i}") for i in range(13)]

heap = list(data)
heapq.heapify(heap)
show("heapify", heap)
heapq.heappush(heap, Item(0, "p"))
show("heappush", heap)
show("heappop", heapq.heappop(heap))
show("heapreplace", heapq.heapreplace(heap, Item(7, "r")))
show("heappushpop small", heapq.heappushpop(heap, Item(-1, "s")))
show("heappushpop big", heapq.heappushpop(heap, Item(9, "b")))
show("heappushpop empty", heapq.heappushpop([], Item(9, "e")))

maxheap = list(data)
heapq._heapify_max(maxheap)
show("heapify_max", maxheap)
show("heappop_max", heapq._heappop_max(maxheap))
show("heapreplace_max", heapq._heapreplace_max(maxheap, Item(3, "m")))

for n in (0, 1, 2, 4, 13, 20):
    show(f"nsmallest {n}", heapq.nsmallest(n, data))
    show(f"nlargest {n}", heapq.nlargest(n, data))
    show(f"nsmallest iter {n}", heapq.nsmallest(n, iter(data)))
    show(f"nlargest iter {n}", heapq.nlargest(n, iter(data)))
show("nsmallest key", heapq.nsmallest(3, iter(data), key=lambda it: Item(it.value % 4, "k" + it.tag)))
show("nlargest key", heapq.nlargest(3, iter(data), key=lambda it: Item(it.value % 4, "k" + it.tag)))
show("nlargest 1 key", heapq.nlargest(1, data, key=lambda it: Item(it.value % 4, "k" + it.tag)))

runs = [sorted(data[i::3], key=lambda it: it.value) for i in range(3)]
show("merge", list(heapq.merge(*runs)))
show("merge reverse", list(heapq.merge(*[r[::-1] for r in runs], reverse=True)))
show("merge key", list(heapq.merge(runs[0], [], runs[1], key=lambda it: Item(it.value // 3, "k" + it.tag))))
show("merge one", list(heapq.merge(runs[0])))
show("merge none", list(heapq.merge()))

# Big lists are heapified by the cache-friendly order.
for size in (2500, 2501, 4000, 9000):
    big = [Item(rng.randrange(size), i) for i in range(size)]
    heapq.heapify(big)
    print("heapify", size, checksum(), [it.tag for it in big[:6]])
    heapq._heapify_max(big)
    print("heapify_max", size, checksum(), [it.tag for it in big[:6]])
    print("nsmallest", size, [it.tag for it in heapq.nsmallest(5, iter(big))], checksum())


class Grows:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(None)
        return True


for name in ("heapify", "heappop", "heappush", "heappushpop"):
    heap = []
    heap.extend(Grows(heap) for _ in range(4))
    args = (heap,) if name in ("heapify", "heappop") else (heap, Grows(heap))
    try:
        getattr(heapq, name)(*args)
        print(name, "no error")
    except RuntimeError as exc:
        print(name, "RuntimeError", exc)

for call in (
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heappush(heap=[], item=1),
    lambda: heapq.heappop([]),
    lambda: heapq.heappop({}),
    lambda: heapq.heappop(),
    lambda: heapq.heapify([], []),
    lambda: heapq.heapify("abc"),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappushpop((), 1),
    lambda: heapq._heappop_max([]),
    lambda: heapq._heapreplace_max([], 1),
    lambda: heapq._heapify_max(5),
    lambda: heapq.nsmallest(1.5, [1, 2, 3]),
    lambda: heapq.nsmallest("a", [1]),
    lambda: list(heapq.merge(1)),
    lambda: heapq.heappush([1], "x"),
):
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
