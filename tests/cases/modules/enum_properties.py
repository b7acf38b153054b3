# enum.property: setter/deleter/doc, class access falling back to members, members named like
# the name/value properties or like methods of a mixed-in type, and dir() with them.
import enum
from enum import Enum
class E(Enum):
    A = 1
    B = 2
    @enum.property
    def x(self):
        "doc of x"
        return self._x if hasattr(self, '_x') else 5
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        del self._x
print(E.A.x, E.__dict__['x'].__doc__, type(E.__dict__['x']).__name__)
E.A.x = 9
print(E.A.x, E.B.x)
del E.A.x
print(E.A.x)
try:
    E.x
except AttributeError as e:
    print(e)
print(E.name if False else '', E.A.name.__class__)
class V(Enum):
    value = 1
    name = 2
    A = 3
print(V.value.value, V.name.name, V.A.value, 'value' in V.__dict__, V.__dict__['A'])
print(dir(V.A))
print(dir(V))
print(enum.Enum.__dict__['name'].__doc__, enum.Enum.__dict__['name'].fget.__name__)
print(Enum.__dir__(E.A) == dir(E.A))
class M(Enum):
    count = 1
    index = 2
print(M.count, M.index, M.count.value)
class Ti(tuple, Enum):
    count = (1, 2)
    index = (3,)
print(Ti.count, Ti.index.value, type(Ti.__dict__['count']).__name__)
