# OrderedDict.update/__init__: argument forms, keyword names self/other, objects with keys(), errors.
from collections import OrderedDict
od = OrderedDict()
for args in [(1, 2), (5,), ([1],), ([(1, 2, 3)],)]:
    try: od.update(*args); print(od)
    except Exception as e: print(type(e).__name__, e)
od.update(self=1, other=2); print(od)
print(OrderedDict(self=1, other=2))
class KeysOnly:
    def keys(self): return ['a']
    def __getitem__(self, k): return 'A'
od.update(KeysOnly()); print(od)
od.__init__([('z', 0)]); print(od)
import sys; print(sys.getsizeof(OrderedDict()) > sys.getsizeof({}))
