# A mappingproxy shows and copies the mapping it wraps: str() and repr() use the mapping's
# own, keys()/values()/items() are the mapping's views, copy() is the mapping's copy.
import types
from collections import OrderedDict, UserDict

plain = types.MappingProxyType({'a': 1, 'b': 2})
print(plain, repr(plain), str(plain))
print(plain.keys(), plain.values(), plain.items(), plain.copy(), type(plain.copy()).__name__)
print(list(plain), len(plain), 'a' in plain, plain['b'], plain.get('z', 0))
user = types.MappingProxyType(UserDict(x=1))
print(user, repr(user), type(user.copy()).__name__, list(user), user.keys())


class Ordered(dict):
    def __repr__(self):
        return 'Ordered' + super().__repr__()

    def __str__(self):
        return 'str of Ordered'


custom = types.MappingProxyType(Ordered(k=1))
print(custom, repr(custom), type(custom.copy()).__name__)


class T:
    x = 1


proxy = T.__dict__
print(type(proxy).__name__, 'x' in proxy.keys(), type(proxy.keys()).__name__, type(proxy.copy()).__name__)
