# A class made by a metaclass (a subclass of type) shows its namespace as `__dict__`, as
# any class does: the metaclass adds no instance `__dict__` descriptor of its own.
class Meta(type):
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("frozen", ()):
            raise AttributeError("frozen: " + name)
        super().__setattr__(name, value)


class Thing(metaclass=Meta):
    frozen = ("a",)
    a = 1
    b = 2


print(type(Thing.__dict__).__name__, Thing.__dict__["a"], "b" in Thing.__dict__)
print([k for k in Thing.__dict__ if not k.startswith("__")], "__dict__" in Meta.__dict__)
try:
    Thing.a = 5
except AttributeError as e:
    print("AttributeError", e)
Thing.b = 7
print(Thing.b, vars(Thing)["b"], Thing().__dict__)
