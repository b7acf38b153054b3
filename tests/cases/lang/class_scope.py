# Class bodies are not enclosing scopes for methods or comprehensions.
y = "module y"


class C:
    y = "class y"
    z = y + "!"
    names = [y for _ in range(2)]  # comprehension sees module y, not the class y

    def method(self):
        return y

    @staticmethod
    def static():
        return y


print(C.z)
print(C.names)
print(C().method(), C.static())


def f():
    a = "function a"

    class Inner:
        b = a  # the class body sees the enclosing function scope

        def m(self):
            return a

    return Inner.b, Inner().m()


print(f())


def g():
    x = "enclosing"

    class D:
        x = "class body"

        def m(self):
            return x

    return D().m(), D.x


print(g())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count_seen = self.count


a, b = Counter(), Counter()
print(Counter.count, a.count_seen, b.count_seen)
print(sorted(k for k in vars(C) if not k.startswith("__")))
