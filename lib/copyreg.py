"""copyreg: helpers for pickle and copy to find reduction functions; mirrors CPython's Lib/copyreg.py."""

__all__ = ['pickle', 'constructor',
           'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    """Rebuilds an object reduced by _reduce_ex (protocols 0 and 1)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    """The reduction used by object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f'cannot pickle {cls.__name__!r} object')
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, '__slots__', None):
            raise TypeError(f'cannot pickle {cls.__name__!r} object: '
                            f'a class that defines __slots__ without '
                            f'defining __getstate__ cannot be pickled '
                            f'with protocol {proto}') from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, '__slots__', None)):
            raise TypeError('a class that defines __slots__ without '
                            'defining __getstate__ cannot be pickled')
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with keyword-only arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _reduce_newobj(obj, proto=4):
    """What object.__reduce_ex__(proto) returns for protocol 2 and above, in
    Python: the copy module falls back on it when an object has no
    __reduce_ex__ of its own."""
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        kwargs = None
    if kwargs:
        if proto >= 4:
            func, newargs = __newobj_ex__, (cls, args, kwargs)
        else:
            import functools
            func, newargs = functools.partial(cls.__new__, cls, *args, **kwargs), ()
    else:
        func, newargs = __newobj__, (cls,) + tuple(args)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and getattr(type(obj), '__getstate__', None) is not \
            getattr(object, '__getstate__', None):
        state = getstate()
    else:
        if (getnewargs_ex is None and getnewargs is None and cls.__itemsize__
                and not isinstance(obj, (list, dict))):
            raise TypeError(f"cannot pickle {cls.__name__} objects")
        state = getattr(obj, '__dict__', None) or None
        slots = {}
        for name in _slotnames(cls):
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _slotnames(cls):
    """Return a list of slot names for a given class."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if not hasattr(cls, '__slots__'):
        pass
    else:
        for c in cls.__mro__:
            if '__slots__' in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ('__dict__', '__weakref__'):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# The extension registry maps (module, name) pairs to small integer codes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s' %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s' %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError('key %s is not registered with code %s' %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
