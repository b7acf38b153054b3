# __del__ runs as soon as the last reference goes (del, rebinding, return, container
# removal, exception cleanup), at most once (PEP 442) even when the object is resurrected;
# exceptions in __del__ are printed and swallowed; cycles run __del__ from the collector.
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = D("del-statement")
del x
print("--")
y = D("rebound")
y = 1
print("--")


def f():
    local = D("function-return")
    return 1


f()
print("--")
l = [D("list-pop")]
l.pop()
print("--")
d = {"k": D("dict-del")}
del d["k"]
print("--")
try:
    raise ValueError(D("exception-arg"))
except ValueError:
    pass
print("-- after except")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again (no second __del__)")


class Bad:
    def __del__(self):
        raise RuntimeError("boom in __del__")


import io

real, sys.stderr = sys.stderr, io.StringIO()
b = Bad()
del b
report, sys.stderr = sys.stderr.getvalue(), real
first, rest = report.split("\n", 1)
print(first.split(" at 0x")[0] + " at ADDR>")
print(rest, end="")
print("still running")

a = D("cycle-a")
a.me = a
del a
print("cycle alive until collect")
gc.collect()
print("refcount of a fresh object:", sys.getrefcount(D("temp")))
keeper = D("at-exit")
print("end of program")
