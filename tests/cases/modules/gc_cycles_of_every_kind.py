# The cycle collector frees cycles through instances, lists, dicts, closures, frames,
# tracebacks, bound methods, generators and classes; acyclic garbage dies at once.
import gc
import sys

gc.collect()
freed = []


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def check(label, make):
    freed.clear()
    make()
    before = list(freed)
    gc.collect()
    print(f"{label}: before={before} after={sorted(freed)}")


def instances():
    a = Tracker("a")
    b = Tracker("b")
    a.other = b
    b.other = a


def self_list():
    t = Tracker("in-list")
    l = [t]
    l.append(l)


def self_dict():
    d = {"t": Tracker("in-dict")}
    d["d"] = d


def closure():
    t = Tracker("closure")

    def f():
        return f, t

    t.f = f


def frame():
    t = Tracker("frame")
    t.frame = sys._getframe()


def traceback_cycle():
    t = Tracker("traceback")
    try:
        raise ValueError("x")
    except ValueError as e:
        t.err = e


def bound_method():
    t = Tracker("bound-method")
    t.m = t.__init__


def generator():
    def gen():
        t = Tracker("generator")
        yield t

    g = gen()
    t = next(g)
    t.g = g


def a_class():
    class C:
        pass

    C.t = Tracker("class")
    C.me = C


def acyclic():
    t = Tracker("acyclic")
    t.child = Tracker("child")


for label, make in [
    ("instances", instances),
    ("self_list", self_list),
    ("self_dict", self_dict),
    ("closure", closure),
    ("frame", frame),
    ("traceback", traceback_cycle),
    ("bound_method", bound_method),
    ("generator", generator),
    ("class", a_class),
]:
    check(label, make)

freed.clear()
acyclic()
print("acyclic freed without the collector:", sorted(freed))
print("collect again finds nothing:", gc.collect())
