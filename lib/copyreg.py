"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function, consulted by pickle and copy before
# __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# ---------------------------------------------------------------------------
# Protocols 0 and 1: an object is rebuilt from its nearest built-in base.

_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _builtin_base(cls):
    """The first class in cls's MRO that is implemented natively."""
    for klass in cls.__mro__:
        if hasattr(klass, '__flags__') and not klass.__flags__ & _HEAPTYPE:
            return klass
        maker = klass.__new__
        if isinstance(maker, _new_type) and maker.__self__ is klass:
            return klass
    return object


def _slots_without_getstate():
    return TypeError("a class that defines __slots__ without defining "
                     "__getstate__ cannot be pickled")


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        seed = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        seed = base(self)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise _slots_without_getstate() from None
        state = getattr(self, "__dict__", None)
    else:
        if getattr(self, "__slots__", None) and \
                type(self).__getstate__ is object.__getstate__:
            raise _slots_without_getstate()
        state = getstate()
    if state:
        return _reconstructor, (cls, base, seed), state
    return _reconstructor, (cls, base, seed)


# ---------------------------------------------------------------------------
# Protocol 2 and later.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Rebuild with keyword arguments to __new__ (protocol 4's NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _new_arguments(obj):
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__, each None
    when the object does not say."""
    hook = getattr(obj, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
        return args, kwargs
    hook = getattr(obj, '__getnewargs__', None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{type(args).__name__}'")
        return args, None
    return None, None


def _type_name(cls):
    # The C-level name: native types outside builtins carry their module.
    if cls.__flags__ & _HEAPTYPE or cls.__module__ == 'builtins':
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}"


def _refuse(obj):
    return TypeError(f"cannot pickle '{_type_name(type(obj))}' object")


def _default_state(obj, strict):
    """What object.__getstate__ would report, refusing (when strict)
    objects whose native layout holds data the state cannot carry."""
    cls = type(obj)
    if strict and cls.__itemsize__:
        raise TypeError(f"cannot pickle {_type_name(cls)} objects")
    attrs = getattr(obj, '__dict__', None)
    state = attrs if attrs else None
    names = _slotnames(cls)
    if strict:
        room = object.__basicsize__ + 8 * len(names)
        if getattr(cls, '__dictoffset__', 0):
            room += 8
        if getattr(cls, '__weakrefoffset__', 0):
            room += 8
        if cls.__basicsize__ > room:
            raise _refuse(obj)
    if names:
        filled = {}
        for name in names:
            try:
                filled[name] = getattr(obj, name)
            except AttributeError:
                pass
        if filled:
            state = (state, filled)
    return state


def _reduce_newobj(obj, proto=4):
    """object.__reduce_ex__ for protocols 2 and up."""
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    if not kwargs:
        rebuild = __newobj__
        rebuild_args = (cls,) + (args or ())
    else:
        rebuild = __newobj_ex__
        rebuild_args = (cls, args, kwargs)
    custom = type(obj).__getstate__ is not object.__getstate__ or \
        '__getstate__' in getattr(obj, '__dict__', ())
    if custom:
        state = obj.__getstate__()
    else:
        strict = args is None and not isinstance(obj, (list, dict))
        state = _default_state(obj, strict)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return rebuild, rebuild_args, state, items, pairs


def _slotnames(cls):
    """Names of the slots of cls and its bases, private names mangled;
    cached on the class as __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__")
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = f"_{owner}{name}"
                found.append(name)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# ---------------------------------------------------------------------------
# Extension codes: small integers standing for (module, name) pairs in
# pickles.  Codes 1-127 are reserved for Python itself.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if known_code is not None:
        raise ValueError(f"key {key} is already registered with code {known_code}")
    if known_key is not None:
        raise ValueError(f"code {code} is already in use for key {known_key}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
