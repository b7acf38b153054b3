# A class with a custom metaclass shows its namespace in __dict__; classmethod/staticmethod copy
# __annotations__ (not the function's __dict__); a failing __set_name__ raises RuntimeError from
# the error (3.11); str() of a mappingproxy is str() of its mapping.
import types


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    x: int = 1

    def f(self):
        pass


print(sorted(WithMeta.__dict__), WithMeta.__dict__["__annotations__"], type(WithMeta.__dict__).__name__)
print("__dict__" in Meta.__dict__, "__weakref__" in Meta.__dict__)


def g(a: int) -> str:
    pass


g.extra = 1
for wrapper in (classmethod(g), staticmethod(g)):
    print(wrapper.__annotations__, sorted(wrapper.__dict__), hasattr(wrapper, "extra"))


class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)


try:
    class Owner:
        attr = Fails()
except RuntimeError as e:
    print(e, "|", repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

mp = types.MappingProxyType({"a": 1})
print(str(mp), repr(mp), f"{mp}", str(types.MappingProxyType({})))

# Builtin types whose namespace holds their instances' __module__ descriptor.
import types
print(type.__module__, types.FunctionType.__module__, types.BuiltinFunctionType.__module__, getattr(type, "__module__"))
