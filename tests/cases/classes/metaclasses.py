# Metaclasses: type(name, bases, ns), __new__/__init__/__call__ on a metaclass, __prepare__, registries.
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hello from {type(self).__name__}"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn), Dyn.__module__)
Child = type("Child", (Dyn,), {})
print(Child.__mro__[1].__name__, Child().hello())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name)
        return {"injected": True}


class WithMeta(metaclass=Meta, flag=1):
    def __init__(self, v):
        print("WithMeta.__init__", v)
        self.v = v


obj = WithMeta(5)
print(obj.v, WithMeta.created_by, WithMeta.injected, type(WithMeta).__name__)


class Sub(WithMeta):
    pass


print(type(Sub).__name__)


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self):
        print("Config created once")


print(Config() is Config())


class Registry(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.registry[name.lower()] = cls
        return cls


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(Registry.registry))


class Ordered(type):
    def __new__(mcls, name, bases, ns):
        ns["field_order"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, ns)


class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    mid = 3


print(Record.field_order)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))


class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass


try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)


class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(WithClassGetitem[int], list[int], dict[str, list[int]])
