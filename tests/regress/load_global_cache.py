# LOAD_GLOBAL caches where a name resolved; rebinding, deleting and shadowing a builtin must
# all be seen, and the cache must not keep a deleted global's object alive.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = D(1)


def f():
    return x


print(f().n)
del x
print("after del")
try:
    f()
except NameError as e:
    print(e)
x = D(2)
print(f().n)
x = D(3)
print(f().n)
len = lambda s: 42


def g():
    return len("ab")


print(g())
del len
print(g())
import builtins

saved = builtins.len
builtins.len = lambda s: 7
print(g())
builtins.len = saved
print(g())
ns = {"x": 10}
exec("def h(): return x", ns)
print(ns["h"]())
ns["x"] = 11
print(ns["h"]())
del x
print("end")
