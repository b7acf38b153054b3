# collections.abc: every ABC against the builtin types (registration and structural hooks),
# the mixin methods each ABC provides, and abstract method sets.
import collections
import collections.abc as cabc

abcs = [name for name in cabc.__all__]
print(abcs)


def gen():
    yield


async def agen():
    yield


async def coro():
    pass


c = coro()
samples = [
    0, 1.5, 1j, True, "s", b"b", bytearray(), memoryview(b""), [], (), {}, set(), frozenset(),
    range(1), {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter({}),
    gen(), agen(), c, len, lambda: 0, type, None, slice(1), collections.deque(),
    collections.OrderedDict(), collections.Counter(), collections.defaultdict(int),
    collections.ChainMap(), zip(), map(len, []), enumerate([]), reversed([]),
]
for s in samples:
    row = "".join("1" if isinstance(s, getattr(cabc, a)) else "." for a in abcs)
    print(f"{type(s).__name__:24} {row}")
c.close()
for a in abcs:
    cls = getattr(cabc, a)
    print(a, sorted(cls.__abstractmethods__),
          sorted(n for n in vars(cls) if not n.startswith("_") and n not in cls.__abstractmethods__))


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, s.index(2), s.count(2))
try:
    cabc.Mapping()
except TypeError as e:
    print("TypeError:", e)


class M(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M()
m.update(a=1, b=2)
print(m.get("a"), m.pop("b"), m.setdefault("c", 3), sorted(m.items()), m == {"a": 1, "c": 3})
print(m.popitem(), len(m), list(m.keys()), list(m.values()))
m.clear()
print(len(m), isinstance(m.keys(), cabc.KeysView))


class S(cabc.Set):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)


a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a.isdisjoint([9]))
print(cabc.Iterable.__subclasshook__(list), cabc.Hashable.__subclasshook__(list))
