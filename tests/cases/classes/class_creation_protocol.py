# Class creation: __prepare__, metaclass __new__/__init__ with keywords, metaclass conflicts,
# metaclass __call__ singletons, __init_subclass__, __class_getitem__, __mro_entries__, MRO
# errors, __subclasses__, mro() overrides, class attributes of the result.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    x = 1


print(A.injected, type(A).__name__)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config init", v)
        self.v = v


print(Config(1) is Config(2), Config(3).v)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="a"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int])


class Proxy:
    def __mro_entries__(self, bases):
        return (Plugin,)


class FromProxy(Proxy(), name="fp"):
    pass


print(FromProxy.__bases__, FromProxy.plugin_name, type(FromProxy.__orig_bases__[0]).__name__)


class O:
    pass


class P1(O):
    pass


class P2(O):
    pass


try:
    class Dup(P1, P1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Q1(P1, P2):
    pass


class Q2(P2, P1):
    pass


try:
    class Conflict(Q1, Q2):
        pass
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Q1.__mro__], [c.__name__ for c in O.__subclasses__()])


class ReverseMRO(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:-1])) + [object]


class R(P1, P2, metaclass=ReverseMRO):
    pass


print([c.__name__ for c in R.__mro__])


class Outer:
    "Outer doc"
    a: int = 1
    b: "str"

    class Inner:
        def method(self):
            pass


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.__annotations__, Outer.Inner.__doc__)
print(type(Outer.__dict__).__name__, "a" in Outer.__dict__)
try:
    Outer.__dict__["c"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (P1,), {"v": 2, "__doc__": "dynamic"})
print(Dyn.__name__, Dyn.__bases__, Dyn.v, Dyn.__doc__, Dyn.__module__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
