# Evaluation order: class body statements, decorators bottom-up, default arguments, keyword arguments left to right.
def trace(label):
    print("evaluate", label)
    return label


def deco(name):
    print("deco factory", name)

    def apply(obj):
        print("apply", name, "to", obj.__name__)
        return obj

    return apply


@deco("outer")
@deco("inner")
class Ordered:
    print("class body starts")
    a = trace("a")

    @deco("method")
    def method(self, x=trace("default")):
        return x

    b = trace("b")
    print("class body ends, names so far:", [k for k in locals() if not k.startswith("__")])


def f(*args, **kwargs):
    return args, kwargs


print(f(trace(1), trace(2), k=trace(3), j=trace(4)))
d = {trace("k1"): trace("v1"), trace("k2"): trace("v2")}
print(d)
x = [trace("list-item")] + [trace("second")]
lst = [0, 0]
lst[trace(0)] = trace("rhs")
print(lst)
print(trace("left") if trace("cond") else trace("right"))
print(trace("a") and trace("") and trace("never"))
