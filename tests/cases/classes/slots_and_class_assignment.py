# __slots__: no __dict__, AttributeError texts, __weakref__ slot, inheritance, conflicts with
# class variables; __class__ assignment rules.
import weakref


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), type(S.a).__name__, S.a.__name__, S.__slots__)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)


class W(S):
    __slots__ = ("__weakref__",)


w = W()
print(weakref.ref(w)() is w, hasattr(w, "__dict__"))


class D(S):
    pass


d = D()
d.z = 9
print(d.__dict__, hasattr(d, "__weakref__"))
try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlots:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)


class Dicty:
    __slots__ = ("v", "__dict__")


dy = Dicty()
dy.v = 1
dy.other = 2
print(dy.v, dy.__dict__)
del dy.v
try:
    del dy.v
except AttributeError as e:
    print("AttributeError:", e)


class A:
    pass


class B:
    pass


a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = 3
except TypeError as e:
    print("TypeError:", e)
