# __hash__/__eq__ interplay (unhashable when __eq__ alone), dict/set keys, __call__ and callable().
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f"Key({self.k!r})"


d = {Key("a"): 1}
print(d[Key("a")], Key("a") in d, len({Key(1), Key(1), Key(2)}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)


class Default:
    pass


x = Default()
print(hash(x) == hash(x), x == x, {x: 1}[x])
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash((1, 2)) == hash((1, 2)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")), hash(frozenset()) == hash(frozenset()))


class BadHash:
    def __hash__(self):
        return "no"


try:
    hash(BadHash())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add = Adder(10)
print(add(1), add(1, 2, 3, scale=2), callable(add), callable(Adder), callable(5), callable(print))


class Unhashable:
    __hash__ = None


print(isinstance(Unhashable(), __import__("collections.abc").abc.Hashable))
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
