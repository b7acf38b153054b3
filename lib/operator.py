"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

# Krait writes the module in Python, but it behaves like CPython's C
# accelerator _operator: argument-count messages, docstrings, and the
# callable classes' reprs, pickling and errors follow it.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs
_SSIZE_MAX = (1 << 63) - 1


def _no_keywords(fname, kwargs):
    if kwargs:
        raise TypeError(f"_operator.{fname}() takes no keyword arguments")


_NO = object()


def _bad_call(fname, arity, given, kwargs):
    """Raise the C accelerator's error for a call with the wrong shape."""
    if kwargs:
        raise TypeError(f"_operator.{fname}() takes no keyword arguments")
    count = sum(1 for value in given if value is not _NO)
    if arity == 1:
        raise TypeError(f"_operator.{fname}() takes exactly one argument "
                        f"({count} given)")
    raise TypeError(f"{fname} expected {arity} arguments, got {count}")


def _check_sequence(obj):
    kind = type(obj)
    if issubclass(kind, dict) or not hasattr(kind, '__getitem__'):
        raise TypeError(f"'{kind.__name__}' object can't be concatenated")


def _concat(a, b):
    _check_sequence(a)
    return a + b


def _iconcat(a, b):
    _check_sequence(a)
    a += b
    return a


def _to_index(obj):
    if type(obj) is int:
        return obj
    if isinstance(obj, int):
        return int.__index__(obj)
    hook = getattr(type(obj), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(obj).__name__}' object cannot be "
                        "interpreted as an integer")
    value = hook(obj)
    if type(value) is int:
        return value
    if not isinstance(value, int):
        raise TypeError(f"__index__ returned non-int "
                        f"(type {type(value).__name__})")
    import warnings
    warnings.warn(f"__index__ returned non-int (type {type(value).__name__}).  "
                  "The ability to return an instance of a strict subclass of int "
                  "is deprecated, and may be removed in a future version of Python.",
                  DeprecationWarning, stacklevel=3)
    return int(value)


def _scan(seq):
    try:
        return iter(seq)
    except TypeError:
        raise TypeError(f"argument of type '{type(seq).__name__}' "
                        "is not iterable") from None


def _count_of(a, b):
    total = 0
    for item in _scan(a):
        if item is b or item == b:
            total += 1
    return total


def _index_of(a, b):
    for position, item in enumerate(_scan(a)):
        if item is b or item == b:
            return position
    raise ValueError("sequence.index(x): x not in sequence")


# name: (docstring, body).  The parameters are a, b, c as the body needs;
# each function is compiled from this text so that a call costs one frame.
_TABLE = {
    'lt': ('Same as a < b.', 'return a < b'),
    'le': ('Same as a <= b.', 'return a <= b'),
    'eq': ('Same as a == b.', 'return a == b'),
    'ne': ('Same as a != b.', 'return a != b'),
    'ge': ('Same as a >= b.', 'return a >= b'),
    'gt': ('Same as a > b.', 'return a > b'),
    'not_': ('Same as not a.', 'return not a'),
    'truth': ('Return True if a is true, False otherwise.', 'return True if a else False'),
    'is_': ('Same as a is b.', 'return a is b'),
    'is_not': ('Same as a is not b.', 'return a is not b'),
    'abs': ('Same as abs(a).', 'return _builtin_abs(a)'),
    'add': ('Same as a + b.', 'return a + b'),
    'and_': ('Same as a & b.', 'return a & b'),
    'floordiv': ('Same as a // b.', 'return a // b'),
    'index': ('Same as a.__index__()', 'return _to_index(a)'),
    'inv': ('Same as ~a.', 'return ~a'),
    'invert': ('Same as ~a.', 'return ~a'),
    'lshift': ('Same as a << b.', 'return a << b'),
    'mod': ('Same as a % b.', 'return a % b'),
    'mul': ('Same as a * b.', 'return a * b'),
    'matmul': ('Same as a @ b.', 'return a @ b'),
    'neg': ('Same as -a.', 'return -a'),
    'or_': ('Same as a | b.', 'return a | b'),
    'pos': ('Same as +a.', 'return +a'),
    'pow': ('Same as a ** b.', 'return a ** b'),
    'rshift': ('Same as a >> b.', 'return a >> b'),
    'sub': ('Same as a - b.', 'return a - b'),
    'truediv': ('Same as a / b.', 'return a / b'),
    'xor': ('Same as a ^ b.', 'return a ^ b'),
    'concat': ('Same as a + b, for a and b sequences.', 'return _concat(a, b)'),
    'contains': ('Same as b in a (note reversed operands).', 'return b in a'),
    'countOf': ('Return the number of items in a which are, or which equal, b.',
                'return _count_of(a, b)'),
    'delitem': ('Same as del a[b].', 'del a[b]'),
    'getitem': ('Same as a[b].', 'return a[b]'),
    'indexOf': ('Return the first index of b in a.', 'return _index_of(a, b)'),
    'setitem': ('Same as a[b] = c.', 'a[b] = c'),
    'iconcat': ('Same as a += b, for a and b sequences.', 'return _iconcat(a, b)'),
}
for _name, _symbol in (('iadd', '+'), ('iand', '&'), ('ifloordiv', '//'),
                       ('ilshift', '<<'), ('imod', '%'), ('imul', '*'),
                       ('imatmul', '@'), ('ior', '|'), ('ipow', '**'),
                       ('irshift', '>>'), ('isub', '-'), ('itruediv', '/'),
                       ('ixor', '^')):
    _TABLE[_name] = (f'Same as a {_symbol}= b.', f'a {_symbol}= b; return a')


_UNARY = frozenset(('not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos'))


def _define_all():
    source = []
    for name, (_doc, body) in _TABLE.items():
        if name in _UNARY:
            params = ('a',)
        elif name == 'setitem':
            params = ('a', 'b', 'c')
        else:
            params = ('a', 'b')
        last = params[-1]
        signature = ', '.join(f'{p}=_NO' for p in params)
        source.append(
            f"def {name}({signature}, /, *extra, **kwargs):\n"
            f"    if extra or kwargs or {last} is _NO:\n"
            f"        _bad_call({name!r}, {len(params)}, ({', '.join(params)},) + extra, kwargs)\n"
            f"    {body}\n")
    exec(compile('\n'.join(source), '<operator>', 'exec'), globals())
    for name, (doc, _body) in _TABLE.items():
        globals()[name].__doc__ = doc
        # Most operators are also reachable under their dunder spelling.
        if name not in ('truth', 'is_', 'is_not', 'countOf', 'indexOf'):
            globals()['__' + name.rstrip('_') + '__'] = globals()[name]


_define_all()
del _define_all, _TABLE, _UNARY, _name, _symbol


def length_hint(*args, **kwargs):
    """Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0."""
    _no_keywords("length_hint", kwargs)
    if not args:
        raise TypeError("length_hint expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f"length_hint expected at most 2 arguments, got {len(args)}")
    obj = args[0]
    fallback = _to_index(args[1]) if len(args) == 2 else 0
    if not -_SSIZE_MAX - 1 <= fallback <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    kind = type(obj)
    if hasattr(kind, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(kind, '__length_hint__', None)
    if hint is None:
        return fallback
    estimate = hint(obj)
    if estimate is NotImplemented:
        return fallback
    if not isinstance(estimate, int):
        raise TypeError("__length_hint__ must be an integer, "
                        f"not {type(estimate).__name__}")
    estimate = int(estimate)
    if estimate > _SSIZE_MAX or estimate < -_SSIZE_MAX - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if estimate < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return estimate


def call(*args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    if not args:
        raise TypeError("call expected at least 1 argument, got 0")
    return args[0](*args[1:], **kwargs)


__call__ = call


# The three callable classes behave like C types: they cannot be
# subclassed, carry no instance dictionary, and their type name in error
# messages is 'operator.<name>'.

def _sealed(cls):
    full = f"operator.{cls.__name__}"

    def refuse_subclass(sub, **kwargs):
        raise TypeError(f"type '{full}' is not an acceptable base type")

    def no_attribute(self, attr, *value):
        raise AttributeError(f"'{full}' object has no attribute '{attr}'")

    cls.__init_subclass__ = classmethod(refuse_subclass)
    cls.__getattr__ = no_attribute
    cls.__setattr__ = no_attribute
    cls.__delattr__ = no_attribute
    return cls


def _single_operand(kind, args, kwargs):
    if kwargs:
        raise TypeError(f"{kind}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{kind} expected 1 argument, got {len(args)}")
    return args[0]


_fill = object.__setattr__


@_sealed
class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""

    __slots__ = ('_specs', '_paths')

    def __new__(cls, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for spec in attrs:
            if not isinstance(spec, str):
                raise TypeError("attribute name must be a string")
        self = object.__new__(cls)
        _fill(self, '_specs', attrs)
        _fill(self, '_paths', tuple(tuple(spec.split('.')) for spec in attrs))
        return self

    @staticmethod
    def _follow(obj, path):
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, *args, **kwargs):
        obj = _single_operand("attrgetter", args, kwargs)
        paths = self._paths
        if len(paths) == 1:
            return self._follow(obj, paths[0])
        return tuple(self._follow(obj, path) for path in paths)

    def __repr__(self):
        shown = ", ".join(map(repr, self._specs))
        return f"operator.attrgetter({shown})"

    def __reduce__(self):
        return (type(self), self._specs)


@_sealed
class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_keys', '_single')

    def __new__(cls, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self = object.__new__(cls)
        _fill(self, '_keys', items)
        _fill(self, '_single', len(items) == 1)
        return self

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _single_operand("itemgetter", args, kwargs)
        obj = args[0]
        if self._single:
            return obj[self._keys[0]]
        return tuple([obj[key] for key in self._keys])

    def __repr__(self):
        shown = ", ".join(map(repr, self._keys))
        return f"operator.itemgetter({shown})"

    def __reduce__(self):
        return (type(self), self._keys)


@_sealed
class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""

    __slots__ = ('_method', '_args', '_kwargs')

    def __new__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, "
                            "the method name")
        cls, method, *rest = args
        if not isinstance(method, str):
            raise TypeError("method name must be a string")
        self = object.__new__(cls)
        _fill(self, '_method', method)
        _fill(self, '_args', tuple(rest))
        _fill(self, '_kwargs', kwargs)
        return self

    def __call__(self, *args, **kwargs):
        obj = _single_operand("methodcaller", args, kwargs)
        return getattr(obj, self._method)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._method)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"

    def __reduce__(self):
        if not self._kwargs:
            return (type(self), (self._method,) + self._args)
        from functools import partial
        return (partial(type(self), self._method, **self._kwargs), self._args)


del _sealed
