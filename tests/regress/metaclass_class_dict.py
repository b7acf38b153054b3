# A class made by a Python metaclass shows its namespace in __dict__ and vars() (the
# metaclass gets no instance __dict__ descriptor of its own that would shadow type's).
import abc


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    x = 1

    def method(self):
        return 2


class Abstract(abc.ABC):
    y = 3


print(type(WithMeta.__dict__).__name__, sorted(k for k in vars(WithMeta) if not k.startswith('__')))
print(type(Abstract.__dict__).__name__, sorted(k for k in vars(Abstract) if not k.startswith('_')))
print('__dict__' in Meta.__dict__, '__dict__' in WithMeta.__dict__, WithMeta().__dict__)
WithMeta.z = 4
obj = WithMeta()
obj.w = 5
print(WithMeta.z, 'z' in WithMeta.__dict__, obj.__dict__, vars(obj))
Meta.attr = 'meta'
print(WithMeta.attr, 'attr' in WithMeta.__dict__)
