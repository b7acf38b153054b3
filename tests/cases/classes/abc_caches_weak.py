# ABCs remember checked, cached and registered classes only weakly: an isinstance/issubclass
# check or register() does not keep a class alive, and the caches still answer correctly.
import abc
import collections.abc
import gc
import weakref


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


class Plain:
    pass


class Virtual:
    pass


print(isinstance(Square(), Shape), isinstance(Plain(), Shape), issubclass(Plain, Shape))
print(isinstance(Square(), Shape), isinstance(Plain(), Shape))  # answered from the caches
Shape.register(Virtual)
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape))
print(issubclass(Plain, collections.abc.Hashable), isinstance(Plain(), collections.abc.Sized))

refs = {name: weakref.ref(cls) for name, cls in
        [("Square", Square), ("Plain", Plain), ("Virtual", Virtual)]}
del Square, Plain, Virtual
gc.collect()
print({name: r() is None for name, r in refs.items()})


class Later:
    pass


print(isinstance(Later(), Shape), issubclass(Later, Shape))
Shape.register(Later)
print(isinstance(Later(), Shape), issubclass(Later, Shape))
print(issubclass(int, collections.abc.Hashable), issubclass(list, collections.abc.Hashable))
