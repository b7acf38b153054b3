# type, vars, dir, globals, locals, isinstance, callable, getattr family, __dict__, __class__.
import types


class Sample:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def method(self):
        return locals()


s = Sample()
print(type(s), type(s).__name__, type(Sample), type(type), type(5) is int, type("x")("y"))
print(vars(s), sorted(k for k in vars(Sample) if not k.startswith("__")))
print([n for n in dir(s) if not n.startswith("__")], "__init__" in dir(Sample), dir(5)[:3] != [])
print(s.method().keys() == {"self"}.__class__({"self"}) or list(s.method()))


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
g = globals()
print(g["__name__"], "Sample" in g, g is globals(), locals() is globals())
gv = "new global"
print(globals()["gv"])
globals()["made_up"] = 99
print(made_up)
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(vars(types.SimpleNamespace(a=1, b=2)).items()), types.SimpleNamespace(x=1))
print(isinstance(s, Sample), isinstance(s, (int, Sample)), isinstance(Sample, type), callable(s.method), callable(s))
print(getattr(s, "inst"), getattr(Sample, "cls_attr"), hasattr(s, "cls_attr"), getattr(s, "zzz", None))
print(s.__class__ is Sample, Sample.__dict__["cls_attr"], s.__dict__, s.method.__self__ is s)
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(s.method) is types.MethodType)
print(type(types) is types.ModuleType, types.ModuleType("m").__name__, types.NoneType)
print(dir()[:0], sorted(set(dir(Sample)) - set(dir(object))))
print(sorted(x for x in dir(types.ModuleType("mod")) if not x.startswith("__")))
print(type.__name__, object.__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
X = type("X", (), {"v": 3})
print(X.v, X().v, type(X()).__name__, X.__bases__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(id(s) == id(s), isinstance(id(s), int))
