# weakref.WeakMethod: bound methods held weakly, rebuilt on call, callbacks, equality.
import gc
import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, punct="!"):
        return "hello from " + self.name + punct

    def other(self):
        return "other"

    @classmethod
    def cm(cls):
        return cls.__name__


g = Greeter("g")
wm = weakref.WeakMethod(g.hello)
print(type(wm).__name__, isinstance(wm, weakref.ref), weakref.WeakMethod.__mro__[1].__name__)
m = wm()
print(type(m).__name__, m.__self__ is g, m.__func__ is Greeter.hello, m("?"))
print(wm() == g.hello, wm() is wm(), wm().__name__)
print(weakref.getweakrefcount(g) >= 1)

# callback fires once, with the WeakMethod, when the object dies
calls = []
cb_wm = weakref.WeakMethod(g.hello, lambda r: calls.append(r is cb_wm))
print(cb_wm.__callback__ is not None)
del m, g
print(wm(), cb_wm(), calls)

# ... or when the function dies
class Temp:
    pass


def method(self):
    return "temp method"


Temp.method = method
del method
t = Temp()
fcalls = []
fw = weakref.WeakMethod(t.method, lambda r: fcalls.append("function died"))
print(fw()())
del Temp.method
print(fw(), fcalls)
print(fw() is None, t is not None)

# class methods: __self__ is the class
cw = weakref.WeakMethod(Greeter.cm)
print(cw()(), cw().__self__ is Greeter)

# equality and hashing
a = Greeter("a")
b = Greeter("b")
w1 = weakref.WeakMethod(a.hello)
w2 = weakref.WeakMethod(a.hello)
w3 = weakref.WeakMethod(a.other)
w4 = weakref.WeakMethod(b.hello)
print(w1 == w2, w1 != w2, w1 == w3, w1 != w3, w1 == w4, w1 != w4)
print(hash(w1) == hash(w2), len({w1, w2, w3, w4}))
print(w1 == weakref.ref(a), w1 != weakref.ref(a), w1 == a.hello)
d = {w1: "first"}
print(d[w2])
h = hash(w1)
del a
print(w1(), w1 == w2, w1 != w2, w1 == w1, w1 != w1, hash(w1) == h)

# errors
for bad in (len, 5, Greeter, Greeter.hello, "text".upper, [].append):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class NoWeak:
    __slots__ = ()

    def f(self):
        pass


try:
    weakref.WeakMethod(NoWeak().f)
except TypeError as e:
    print(type(e).__name__, e)

# a WeakMethod that died first does not call its callback
late = []
keep = Greeter("keep")
tmp = weakref.WeakMethod(keep.hello, lambda r: late.append("ran"))
del tmp
del keep
gc.collect()
print(late)
