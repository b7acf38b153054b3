"""
Define names for built-in types that aren't directly accessible as a builtin.
"""
# Krait's own module with the API of CPython's Lib/types.py: each type is
# fetched from a sample object that has it.

import sys


def _sample_function():
    pass


async def _sample_coroutine_function():
    pass


async def _sample_async_generator_function():
    yield


def _sample_generator_function():
    yield


def _sample_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


class _SampleClass:
    __slots__ = ('slot',)

    def method(self):
        pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(object.__dict__)
SimpleNamespace = type(sys.implementation)  # the only instance at hand

CellType = type(_sample_cell())
GeneratorType = type(_sample_generator_function())

_pending = _sample_coroutine_function()
CoroutineType = type(_pending)
_pending.close()  # never awaited; close it so no warning is printed
_pending = _sample_async_generator_function()
AsyncGeneratorType = type(_pending)
del _pending

MethodType = type(_SampleClass().method)
BuiltinFunctionType = type(abs)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])

ModuleType = type(sys)


def _traceback_and_frame():
    try:
        raise RuntimeError
    except RuntimeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_and_frame()

GetSetDescriptorType = type(type.__dict__['__dict__'])
MemberDescriptorType = type(_SampleClass.slot)

del _sample_function, _sample_coroutine_function, _sample_async_generator_function
del _sample_generator_function, _sample_cell, _SampleClass, _traceback_and_frame


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Build class name from bases and kwds the way a class statement would.

    exec_body, when given, fills the namespace before the metaclass is called.
    """
    final_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, final_bases, namespace, **kwds)


def resolve_bases(bases):
    """Expand bases that define __mro_entries__ (PEP 560); bases itself if none do."""
    result = []
    changed = False
    for base in bases:
        entries = None
        if not isinstance(base, type):
            hook = getattr(base, '__mro_entries__', None)
            if hook is not None:
                entries = hook(bases)
                changed = True
                if not isinstance(entries, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
        if entries is None:
            result.append(base)
        else:
            result.extend(entries)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass for a new class and run its __prepare__.

    The answer is (metaclass, namespace, kwds), where kwds is a fresh copy of
    the keywords minus any 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # An explicit metaclass still has to agree with the bases' ones.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        namespace = meta.__prepare__(name, bases, **kwds)
    else:
        namespace = {}
    return meta, namespace, kwds


_META_CONFLICT = ("metaclass conflict: the metaclass of a derived class must be a "
                  "(non-strict) subclass of the metaclasses of all its bases")


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if issubclass(candidate, best):
            best = candidate
            continue
        raise TypeError(_META_CONFLICT)
    return best


class DynamicClassAttribute:
    """A property that exists on instances only.

    Reading the attribute through an instance calls fget as a property
    would; reading it through the class raises AttributeError, so the
    metaclass's __getattr__ gets to answer instead. Enum members rely on it.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        # Remember whether the doc came from fget, so getter() can refresh it.
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel, doc):
        clone = type(self)(fget, fset, fdel, doc)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy_with(fget, self.fset, self.fdel, new_doc or self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


def _forwarded(attr):
    return property(lambda self: getattr(self._gen, attr))


class _GeneratorWrapper:
    """Lets a generator-returning callable decorated by coroutine() be awaited."""

    def __init__(self, gen):
        self._gen = gen
        self._plain_generator = type(gen) is GeneratorType
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def send(self, val):
        return self._gen.send(val)

    def throw(self, tp, *rest):
        return self._gen.throw(tp, *rest)

    def close(self):
        return self._gen.close()

    gi_code = cr_code = _forwarded('gi_code')
    gi_frame = cr_frame = _forwarded('gi_frame')
    gi_running = cr_running = _forwarded('gi_running')
    gi_yieldfrom = cr_await = _forwarded('gi_yieldfrom')

    def __next__(self):
        return self._gen.__next__()

    def __iter__(self):
        # A real generator is driven directly; anything else through us.
        return self._gen if self._plain_generator else self

    __await__ = __iter__


# Code object flags (Include/cpython/code.h).
_FLAG_GENERATOR = 0x20
_FLAG_COROUTINE = 0x80
_FLAG_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Turn a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    code = getattr(func, '__code__', None)
    if func.__class__ is FunctionType and code.__class__ is CodeType:
        if code.co_flags & (_FLAG_COROUTINE | _FLAG_ITERABLE_COROUTINE):
            return func
        if code.co_flags & _FLAG_GENERATOR:
            # A plain generator function: marking its code is enough.
            func.__code__ = code.replace(co_flags=code.co_flags | _FLAG_ITERABLE_COROUTINE)
            return func

    # Any other callable: check what each call returns.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kw):
        result = func(*args, **kw)
        if result.__class__ is CoroutineType:
            return result
        if (result.__class__ is GeneratorType
                and result.gi_code.co_flags & _FLAG_ITERABLE_COROUTINE):
            return result
        if (isinstance(result, _collections_abc.Generator)
                and not isinstance(result, _collections_abc.Coroutine)):
            return _GeneratorWrapper(result)
        return result

    return wrapped


GenericAlias = type(tuple[int])
UnionType = type(int | None)

EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys
__all__ = [name for name in globals() if not name.startswith('_')]
