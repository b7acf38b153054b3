# with: __enter__/__exit__ order, several managers, suppression, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with CM("a") as a:
    print("body", a)

with CM("x") as x, CM("y") as y:
    print("body", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesised", p, q)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("outer"), CM("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with CM("o", suppress=True), CM("i"):
    raise RuntimeError("inner does not suppress, outer does")
print("continued")


def returns_inside():
    with CM("r"):
        return "returned"


print(returns_inside())

for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("from exit")


try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

try:
    with 42:
        pass
except TypeError as e:
    print(e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print(e)


class Tx:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False


t = Tx()
with t:
    t.log.append("work")
try:
    with t:
        t.log.append("fail")
        1 / 0
except ZeroDivisionError:
    pass
print(t.log)
