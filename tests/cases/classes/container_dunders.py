# Container protocol: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __missing__, __bool__.
class Bag:
    def __init__(self):
        self.data = {}

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

    def __contains__(self, key):
        print("contains?", key)
        return key in self.data

    def __iter__(self):
        return iter(sorted(self.data))


b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], b[1:5], b[::2], b[:, 1] if False else b[1:2:3])
print("x" in b, "z" not in b)
del b["x"]
print(list(b), bool(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError", e)


class Grid:
    def __getitem__(self, idx):
        return idx


g = Grid()
print(g[1, 2], g[1:2, ::3], g[...], g["k"])


class Defaulting(dict):
    def __missing__(self, key):
        return f"default-{key}"


dd = Defaulting(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd)


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), not Empty())


class BoolOverLen:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(BoolOverLen()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print(e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), list(reversed(Seq())), sorted(Seq(), reverse=True))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    Grid()[0] = 1
except TypeError as e:
    print(e)
try:
    n = 5
    n[0]
except TypeError as e:
    print(e)


class Index:
    def __index__(self):
        return 2


print([10, 20, 30][Index()], "abc"[Index()], bin(Index()), list(range(Index())))
