# A mappingproxy over a dict forwards keys()/values()/items()/copy()/iteration to the dict
# (views, live), and str() of a proxy is str() of the mapping.
from types import MappingProxyType

data = {"a": 1, "b": 2}
proxy = MappingProxyType(data)
keys = proxy.keys()
print(keys, proxy.values(), proxy.items(), type(proxy.copy()).__name__)
data["c"] = 3
print(keys, list(proxy), len(proxy), str(proxy), repr(proxy))
print(str(MappingProxyType({})), repr(MappingProxyType({})), "a" in proxy, proxy.get("z", 0))
try:
    for k in proxy:
        data["d"] = 4
except RuntimeError as e:
    print("RuntimeError", e)


class C:
    x = 1


print(sorted(k for k in C.__dict__.keys() if not k.startswith("__")), "x" in C.__dict__)
