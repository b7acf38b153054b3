# Module-level __getattr__ and __dir__ (PEP 562), module attributes and a module used as a namespace.
import lazypkg

print(lazypkg.real, lazypkg.computed_answer, dir(lazypkg))
try:
    lazypkg.other
except AttributeError as e:
    print(e)
from lazypkg import computed_x

print(computed_x)
import types

m = types.ModuleType("dynamic", "doc of dynamic")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
