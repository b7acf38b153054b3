# Recursion through __repr__, __eq__, __hash__, __getattr__ and properties raises RecursionError, which can be caught.
import sys


class BadRepr:
    def __repr__(self):
        return f"BadRepr({self!r})"


class BadEq:
    def __eq__(self, other):
        return self == other


class BadHash:
    def __hash__(self):
        return hash(self)


class BadGetattr:
    def __getattr__(self, name):
        return self.missing


class BadProperty:
    @property
    def value(self):
        return self.value


for label, action in [("repr", lambda: repr(BadRepr())), ("eq", lambda: BadEq() == 1), ("hash", lambda: {BadHash()}),
                      ("getattr", lambda: BadGetattr().x), ("property", lambda: BadProperty().value),
                      ("str", lambda: str(BadRepr())), ("list repr", lambda: repr([BadRepr()]))]:
    try:
        action()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)
lst = []
lst.append(lst)
d = {}
d[1] = d
print(repr(lst), repr(d), str([lst, d]))
sys.setrecursionlimit(100)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("small limit:", e)
sys.setrecursionlimit(1000)


def nested_data(depth):
    data = []
    for _ in range(depth):
        data = [data]
    return data


try:
    repr(nested_data(100000))
except RecursionError as e:
    print("deep list repr:", e)
print("still running")
