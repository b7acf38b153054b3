# namedtuple details: _tuplegetter descriptors (doc, errors, reduce), __reduce_ex__, class namespace, subclass __new__, __new__'s code and defaults.
from collections import namedtuple
import copy
P = namedtuple('P', 'x y')
P.x.__doc__ = 'The x coordinate'
print(P.x.__doc__, repr(P.x)[:40], P.x.__class__.__name__)
try:
    P.x.__set__(P(1, 2), 3)
except AttributeError as e:
    print(e)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
try:
    P.x.__get__((1,))
except IndexError as e:
    print(e)
print(P.x.__reduce__())
p = P(1, 2)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0] is P, p.__reduce_ex__(2)[1][1:])
print(sorted(vars(P).keys() - {'__module__'}), type(vars(P).keys()).__name__, type(vars(P).items()).__name__, list(vars(P).values())[0] is not None)
print(P._make(range(2)), P.__new__(P, 5, 6))
class Sub(P):
    def __new__(cls, x, y=9):
        return super().__new__(cls, x, y)
print(Sub(1), Sub._make([3, 4]), type(Sub._make([3, 4])).__name__, Sub(1)._replace(x=7))
print(namedtuple('N', ['a'], defaults=[None])(), namedtuple('E', [], defaults=[]).__new__.__defaults__)
print(P.__new__.__text_signature__ if hasattr(P.__new__, '__text_signature__') else None)
print(P.__new__.__code__.co_argcount, P.__new__.__code__.co_name, P.__new__.__globals__.get('__name__'), P.__new__.__builtins__ if hasattr(P.__new__, '__builtins__') else 'nb')
