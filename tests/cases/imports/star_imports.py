# from module import * with and without __all__, and a bad __all__.
from starpkg.with_all import *

print(public_one, _listed_private, "public_two" in dir())
from starpkg.without_all import *

print(visible, func(), "_hidden" in dir(), "json" in dir(), "_os_alias" in dir())
try:
    from starpkg.bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir() if not n.startswith("__")))
