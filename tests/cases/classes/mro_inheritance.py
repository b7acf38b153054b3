# C3 linearisation, __mro__ and mro(), diamond inheritance, inconsistent MRO error, mixins, isinstance/issubclass.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(Z))
print(names(K1), [k.__name__ for k in K2.mro()])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(e)


class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items()))
        return f"{type(self).__name__}({fields})"


class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 3)
print(u, u.to_json())
print(isinstance(u, JsonMixin), issubclass(User, (int, ReprMixin)), issubclass(User, object))
print(User.__bases__, User.__base__, object.__bases__, bool.__mro__)
print(isinstance(True, (str, int)), issubclass(bool, int), isinstance(1, bool))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Square(Shape):
    sides = 4


class Tri(Shape):
    sides = 3

    def describe(self):
        return super().describe().upper()


print([s.describe() for s in (Shape(), Square(), Tri())])
print(Shape.__subclasses__())
try:
    class FromInstance(Square()): pass
except TypeError as e:
    print(type(e).__name__)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(e)
