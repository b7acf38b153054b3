"""abc: abstract base classes (PEP 3119); mirrors CPython's Lib/abc.py with the logic of Modules/_abc.c in Python."""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties."""

    __isabstractmethod__ = True


# Bumped by every register(); a negative cache entry is valid only for the
# counter value it was recorded under.
_invalidation_counter = [0]


def get_cache_token():
    """Returns the current ABC cache token."""
    return _invalidation_counter[0]


# The registry and both caches hold weak references, as _abc.c's do: checking a class
# against an ABC must not keep the class alive.
def _add_to_weak_set(weak_set, obj):
    set_ref = _ref(weak_set)

    def _destroy(wr):
        live = set_ref()
        if live is not None:
            live.discard(wr)

    weak_set.add(_ref(obj, _destroy))


def _in_weak_set(weak_set, obj):
    if not weak_set:
        return False
    try:
        return _ref(obj) in weak_set
    except TypeError:
        return False


def _compute_abstract_methods(cls, namespace):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstract_methods(cls, namespace)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter[0]
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _add_to_weak_set(cls._abc_registry, subclass)
        _invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if _in_weak_set(cls._abc_cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter[0] and
                    _in_weak_set(cls._abc_negative_cache, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if _in_weak_set(cls._abc_cache, subclass):
            return True
        if cls._abc_negative_cache_version < _invalidation_counter[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter[0]
        elif _in_weak_set(cls._abc_negative_cache, subclass):
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either False, True, '
                                     'or NotImplemented')
            if ok:
                _add_to_weak_set(cls._abc_cache, subclass)
            else:
                _add_to_weak_set(cls._abc_negative_cache, subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            _add_to_weak_set(cls._abc_cache, subclass)
            return True
        # A copy: the checks below may register classes or drop dead references.
        for rref in list(cls._abc_registry):
            rcls = rref()
            if rcls is not None and issubclass(subclass, rcls):
                _add_to_weak_set(cls._abc_cache, subclass)
                return True
        for scls in _subclasses(cls):
            if issubclass(subclass, scls):
                _add_to_weak_set(cls._abc_cache, subclass)
                return True
        _add_to_weak_set(cls._abc_negative_cache, subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {cls._abc_registry!r}', file=file)
        print(f'_abc_cache: {cls._abc_cache!r}', file=file)
        print(f'_abc_negative_cache: {cls._abc_negative_cache!r}', file=file)
        print(f'_abc_negative_cache_version: {cls._abc_negative_cache_version!r}',
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def _subclasses(cls):
    method = getattr(type, '__subclasses__', None)
    return method(cls) if method is not None else ()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstract_methods(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
