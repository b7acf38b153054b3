# bisect: comparison order, lo/hi conversions and the accelerator's argument errors.
import bisect

LOG = []


class Item:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        LOG.append(f"{self.value}<{other.value}")
        return self.value < other.value

    def __repr__(self):
        return f"I{self.value}"


data = [Item(i // 2) for i in range(16)]
for func in (bisect.bisect_left, bisect.bisect_right):
    for x in (-1, 3, 4, 9):
        print(func.__name__, x, func(data, Item(x)), LOG)
        LOG.clear()
        print(func.__name__, x, "key", func(data, Item(x), 2, 12, key=lambda it: Item(it.value + 1)), LOG)
        LOG.clear()
for func in (bisect.insort_left, bisect.insort_right):
    copy = list(data)
    func(copy, Item(4))
    print(func.__name__, [it for it in copy][6:12], LOG)
    LOG.clear()
    copy = list(data)
    func(copy, Item(3), key=lambda it: Item(it.value * 2))
    print(func.__name__, "key", copy[4:10], LOG)
    LOG.clear()


class Tracked(list):
    def insert(self, index, value):
        print("insert", index, value)
        super().insert(index, value)


class Seq:
    def __len__(self):
        print("len")
        return 6

    def __getitem__(self, index):
        print("getitem", index)
        return index * 10


class Idx:
    def __index__(self):
        print("index")
        return 1


bisect.insort(Tracked([1, 3, 5]), 4)
bisect.insort_left(Tracked([1, 3, 5]), 3, key=lambda v: -v)
print(bisect.bisect(Seq(), 25))
print(bisect.bisect_left(Seq(), 25, 1, 3))
print(bisect.bisect([0, 1, 2, 3], 1, Idx(), Idx()))
print(bisect.bisect([1, 2, 3], 3, 0, -1), bisect.bisect([1, 2, 3], 3, 0, -2), bisect.bisect([1, 2], 0, 3, 2))
print(bisect.bisect("acegi", "d"), bisect.bisect_left((1, 2, 2, 3), 2), bisect.bisect([1, 2], 1, True, hi=None))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left.__doc__)

for call in (
    lambda: bisect.bisect([1, 2], 1, -1),
    lambda: bisect.bisect([1, 2], 1, 5),
    lambda: bisect.bisect(),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.insort_right(x=1),
    lambda: bisect.bisect(5, 1),
    lambda: bisect.bisect([1], 1, "a"),
    lambda: bisect.bisect([1], 1, 0, 1.5),
    lambda: bisect.bisect([1], 1, lo=-1, hi="a"),
    lambda: bisect.bisect([1], 1, 2 ** 70),
    lambda: bisect.bisect([1], 1, 0, 2 ** 70),
    lambda: bisect.bisect([1], 1, 0, 1, 2),
    lambda: bisect.bisect([1], 1, 0, 1, 2, 3),
    lambda: bisect.insort([1], 1, 0, 1, key=None, foo=1),
    lambda: bisect.bisect_left([1], 1, a=[1]),
    lambda: bisect.bisect_left([1], 1, 0, lo=0),
    lambda: bisect.bisect_right([1], 1, foo=1),
    lambda: bisect.insort((1, 3), 2),
    lambda: bisect.insort([1], 1, key=5),
    lambda: bisect.bisect({0: 1, 1: 2}, 1),
    lambda: bisect.bisect([1, "a"], 0),
    lambda: bisect.bisect([1, 2], 1, key=lambda v: 1 / 0),
):
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
