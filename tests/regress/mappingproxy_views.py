# mappingproxy: keys/values/items are the mapping's views; iteration, get, copy; a class namespace's keys.
import types
mp = types.MappingProxyType({'b': 2, 'a': 1})
print(mp.keys(), mp.values(), mp.items(), list(mp), 'a' in mp, len(mp), mp.get('z', 0), mp.copy())
class C:
    x = 1
print(type(C.__dict__.keys()).__name__, 'x' in C.__dict__.keys(), sorted(k for k in C.__dict__ if not k.startswith('__')))
