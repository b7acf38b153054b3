# types (SimpleNamespace, MappingProxyType, new_class, FunctionType), copy (copy/deepcopy/__copy__), string constants and Template.
import copy
import string
import types

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
C = types.new_class("C", (), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x)
print(isinstance(lambda: 0, types.LambdaType), isinstance((x for x in []), types.GeneratorType), types.BuiltinMethodType)
orig = {"list": [1, [2, 3]], "num": 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(4)
print(shallow["list"], deep["list"], shallow is not orig, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)), copy.deepcopy((1, [2]))[1] is not (1, [2])[1])


class Plain:
    def __init__(self):
        self.items = [1]


pl = Plain()
pc = copy.copy(pl)
print(pc.items is pl.items, copy.deepcopy(pl).items is pl.items, type(pc).__name__)
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.punctuation), string.punctuation)
print(len(string.printable), string.capwords("hello   big world"))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Al"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0}-{name}", 1, name="n"))
