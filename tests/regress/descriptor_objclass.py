# getset and slot-member descriptors name the class that holds them in __objclass__,
# which inspect uses to find their docs (a __slots__ dict gives each slot's doc).
import inspect
import types


class Slotted:
    __slots__ = {'a': 'doc of a', 'b': None}


class Plain:
    pass


print(Slotted.__dict__['a'].__objclass__, Slotted.b.__objclass__)
print(Plain.__dict__['__dict__'].__objclass__, Plain.__dict__['__weakref__'].__objclass__)
print(types.FunctionType.__dict__['__code__'].__objclass__, type.__dict__['__mro__'].__objclass__)
print(inspect.getdoc(Slotted.a), inspect.getdoc(Slotted.b))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Slotted) if a.name in 'ab'])
