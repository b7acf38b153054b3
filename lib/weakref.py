"""weakref: weak references to objects, and the tools built on them.

`ref` (`ReferenceType`) and the per-object queries come from the native `_weakref`
module. This module adds the proxies (`proxy`, `ProxyType`, `CallableProxyType`),
`WeakMethod`, the weak dictionaries (`WeakValueDictionary`, `WeakKeyDictionary`,
`KeyedRef`), `WeakSet` (from `_weakrefset`) and `finalize`.

Krait specifics: a proxy object is a Python-level object holding a private weak reference
made by `_weakref._proxy_ref` (so `getweakrefcount` counts it); `getweakrefs` reports the
proxy itself in place of that inner reference.
"""

import sys
import itertools
import operator
import _collections_abc
import _weakref
from _weakref import ref, ReferenceType, getweakrefcount, _proxy_ref
from _weakrefset import WeakSet, _WeakStore

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


class KeyedRef(ref):
    """A weak reference that also carries a key: the WeakValueDictionary's references to
    its values know which entry to drop when their value dies."""

    # Krait keeps the extra attribute in an instance dict: `__slots__` on a subclass of a
    # native type is not supported by the VM yet.

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# ---------------------------------------------------------------------------------------
# Proxies
# ---------------------------------------------------------------------------------------

_DEAD = 'weakly-referenced object no longer exists'

# proxy class -> (read, write) of the hidden slot that holds the proxy's weak reference
_slot_access = {}
# id(inner weak reference) -> KeyedRef to its proxy (key: that id): finds the proxy of a
# reference listed by `_weakref.getweakrefs`, and the basic proxy to share
_proxy_by_ref = {}


def _inner_ref(p):
    return _slot_access[type(p)][0](p)


def _referent(p):
    """The live object behind proxy `p` (ReferenceError once it died)."""
    obj = _slot_access[type(p)][0](p)()
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


def _operand(x):
    """An operand of a proxy operation: another proxy stands for its referent."""
    if type(x) in _slot_access:
        return _referent(x)
    return x


def _proxy_of(r):
    """The live proxy whose inner weak reference is `r`, or None."""
    handle = _proxy_by_ref.get(id(r))
    if handle is None:
        return None
    p = handle()
    if p is None or _inner_ref(p) is not r:
        return None
    return p


def _forget_proxy(handle):
    if _proxy_by_ref.get(handle.key) is handle:
        del _proxy_by_ref[handle.key]


def getweakrefs(obj):
    """Return a list of all weak reference objects pointing to 'object'."""
    result = []
    for r in _weakref.getweakrefs(obj):
        p = _proxy_of(r)
        result.append(r if p is None else p)
    return result


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'object'.

    'callback', if given, is called with a reference to the
    proxy when 'object' is about to be finalized."""
    if type(obj) in _slot_access:
        raise TypeError("cannot create weak reference to 'weakref.%s' object"
                        % type(obj).__name__)
    if callback is None:
        # The callback-less proxy is shared, like the callback-less ref; it is listed right
        # after the basic ref.
        for r in _weakref.getweakrefs(obj)[:2]:
            if r.__callback__ is None:
                p = _proxy_of(r)
                if p is not None:
                    return p
    if callback is None:
        inner = _proxy_ref(obj)
    else:
        def relay(_inner):
            # The referent died: the callback gets the proxy, if the proxy still lives.
            q = handle()
            if q is not None:
                try:
                    callback(q)
                except BaseException as e:
                    _report_unraisable(e, callback)
        inner = _proxy_ref(obj, relay)
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    _slot_access[cls][1](p, inner)
    handle = KeyedRef(p, _forget_proxy, id(inner))
    _proxy_by_ref[handle.key] = handle
    return p


def _report_unraisable(exc, culprit):
    """Report an exception of a proxy's callback as CPython does for weak reference
    callbacks: "Exception ignored in: <callback>", without the relaying frame."""
    tb = exc.__traceback__
    if tb is not None:
        exc = exc.with_traceback(tb.tb_next)
    from types import SimpleNamespace
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.unraisablehook(SimpleNamespace(exc_type=type(exc), exc_value=exc,
                                       exc_traceback=exc.__traceback__, err_msg=None,
                                       object=culprit))


def _proxy_namespace():
    """The methods shared by ProxyType and CallableProxyType: each forwards to the
    referent."""
    ns = {}

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = _inner_ref(self)()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __dir__(self):
        # What object.__dir__ finds through the forwarded __dict__ and __class__.
        return object.__dir__(_referent(self))

    def __bytes__(self):
        obj = _referent(self)
        if isinstance(obj, (int, str)):
            raise TypeError("cannot convert '%s' object to bytes" % type(obj).__name__)
        return bytes(obj)

    def __format__(self, spec):
        if spec:
            raise TypeError('unsupported format string passed to weakref.%s.__format__'
                            % type(self).__name__)
        return str(self)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        obj = _referent(self)
        if getattr(type(obj), '__next__', None) is None:
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return getattr(_referent(self), '__reversed__')()

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __index__(self):
        return operator.index(_referent(self))

    def __pow__(self, other, mod=None):
        return pow(_referent(self), _operand(other), _operand(mod))

    def __rpow__(self, other, mod=None):
        return pow(_operand(other), _referent(self), _operand(mod))

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __init_subclass__(cls, **kwargs):
        base = cls.__base__
        raise TypeError("type 'weakref.%s' is not an acceptable base type" % base.__name__)

    ns.update((k, v) for k, v in locals().items() if k.startswith('__'))

    def unary(op):
        def forward(self):
            return op(_referent(self))
        return forward

    def binary(op):
        def forward(self, other):
            return op(_referent(self), _operand(other))

        def reflected(self, other):
            return op(_operand(other), _referent(self))
        return forward, reflected

    def inplace(op):
        def forward(self, other):
            return op(_referent(self), _operand(other))
        return forward

    for name in ('neg', 'pos', 'abs', 'invert'):
        ns['__%s__' % name] = unary(getattr(operator, name))
    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift',
                 'rshift', 'and', 'xor', 'or'):
        op = getattr(operator, name + '_' if name in ('and', 'or') else name)
        ns['__%s__' % name], ns['__r%s__' % name] = binary(op)
        ns['__i%s__' % name] = inplace(getattr(operator, 'i' + name))
    ns['__divmod__'], ns['__rdivmod__'] = binary(divmod)
    ns['__ipow__'] = inplace(operator.ipow)
    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        ns['__%s__' % name] = binary(getattr(operator, name))[0]
    return ns


def _make_proxy_type(name, ns):
    ns = dict(ns, __slots__=('_ref', '__weakref__'), __module__='weakref',
              __qualname__=name, __doc__=None)
    cls = type(name, (), ns)
    slot = cls.__dict__['_ref']
    _slot_access[cls] = (slot.__get__, slot.__set__)
    # Hide the storage: every attribute of a proxy is the referent's.
    for attr in ('_ref', '__weakref__', '__slots__'):
        type.__delattr__(cls, attr)
    return cls


def _proxy_call(self, /, *args, **kwargs):
    return _referent(self)(*args, **kwargs)


_ns = _proxy_namespace()
ProxyType = _make_proxy_type('ProxyType', _ns)
CallableProxyType = _make_proxy_type('CallableProxyType', dict(_ns, __call__=_proxy_call))
ProxyTypes = (ProxyType, CallableProxyType)
del _ns


# ---------------------------------------------------------------------------------------
# WeakMethod
# ---------------------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: it references the method's object and function
    weakly, and calling it rebuilds the bound method (None once either died)."""

    # An instance dict holds _func_ref, _meth_type and _alive (see KeyedRef).

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_r):
            # The object or the function died: the WeakMethod is dead from now on, and its
            # callback runs once.
            me = self_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------------------
# Weak dictionaries
# ---------------------------------------------------------------------------------------

class _WeakMapping(_WeakStore, _collections_abc.MutableMapping):
    """The part the two weak dictionaries share: sizing, the `|` operators, repr. `get`,
    `pop`, `setdefault` and `update` come from MutableMapping over each one's item access."""

    def __len__(self):
        return self._size()

    def __iter__(self):
        return self.keys()

    # Each subclass's `items` yields the live pairs; keys and values come from it.
    def keys(self):
        for key, _ in self.items():
            yield key

    def values(self):
        for _, value in self.items():
            yield value

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __copy__(self):
        return self.copy()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def popitem(self):
        self._sweep()
        while True:
            key, value = self._unpack(*self.data.popitem())
            if key is not _GONE:
                return key, value


# An entry whose weakly held side died (see `_unpack`).
_GONE = object()


class WeakValueDictionary(_WeakMapping):
    """Mapping class that references values weakly: an entry disappears when its value is
    no longer referenced anywhere else."""

    def __init__(self, other=(), /, **kw):
        self._init_store({})
        self.update(other, **kw)

    # `data` maps each key to a KeyedRef to its value.
    def _drop(self, wr):
        if self.data.get(wr.key) is wr:
            del self.data[wr.key]

    def _holds(self, wr):
        return self.data.get(wr.key) is wr

    def _unpack(self, key, wr):
        value = wr()
        return (_GONE, None) if value is None else (key, value)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._sweep()
        self.data[key] = KeyedRef(value, self._died, key)

    def __delitem__(self, key):
        self._sweep()
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def items(self):
        for key, wr in self._walk(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def itervaluerefs(self):
        """Iterate over the weak references to the values (which may die meanwhile)."""
        yield from self._walk(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values (which may die meanwhile)."""
        self._sweep()
        return list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new


class WeakKeyDictionary(_WeakMapping):
    """Mapping class that references keys weakly: an entry disappears when its key is no
    longer referenced anywhere else (data attached to objects without touching them)."""

    def __init__(self, dict=None):
        self._init_store({})
        if dict is not None:
            self.update(dict)

    # `data` maps a weak reference to each key to the value.
    def _drop(self, wr):
        self.data.pop(wr, None)

    def _holds(self, wr):
        return wr in self.data

    def _unpack(self, wr, value):
        key = wr()
        return (_GONE, None) if key is None else (key, value)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._died)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._died), default)

    def items(self):
        for wr, value in self._walk(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys (which may die meanwhile)."""
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new


# ---------------------------------------------------------------------------------------
# finalize
# ---------------------------------------------------------------------------------------

class _Registration:
    """A live finalizer's task: call func(*args, **kwargs) when the object behind `wr` dies
    (or at exit while `atexit` is true); `rank` orders finalizers by creation."""

    __slots__ = ('wr', 'func', 'args', 'kwargs', 'atexit', 'rank')

    def __init__(self, wr, func, args, kwargs, rank):
        self.wr, self.func, self.args, self.kwargs = wr, func, args, kwargs
        self.atexit = True
        self.rank = rank


class finalize:
    """Call func(*args, **kwargs) once, when obj dies, when the finalizer is called, or at
    interpreter exit (newest first) while its `atexit` attribute is true."""

    __slots__ = ()

    # Each live finalizer's registration. Being listed here keeps a finalizer alive
    # whether or not the program holds it; dead ones are not listed.
    _tasks = {}
    _ranks = itertools.count()
    # The exit run finished: deaths after it call nothing.
    _exited = False
    _exit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hooked = True
        finalize._tasks[self] = _Registration(ref(obj, self), func, args, kwargs,
                                              next(finalize._ranks))

    def _live_task(self):
        """The registration, and the object, of a finalizer whose object lives."""
        task = finalize._tasks.get(self)
        obj = None if task is None else task.wr()
        return (None, None) if obj is None else (task, obj)

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        task = finalize._tasks.pop(self, None)
        if task is not None and not finalize._exited:
            return task.func(*task.args, **task.kwargs)

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        task, obj = self._live_task()
        if task is not None:
            del finalize._tasks[self]
            return (obj, task.func, task.args, task.kwargs)

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        task, obj = self._live_task()
        if task is not None:
            return (obj, task.func, task.args, task.kwargs)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._tasks

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        task = finalize._tasks.get(self)
        return task is not None and task.atexit

    @atexit.setter
    def atexit(self, value):
        task = finalize._tasks.get(self)
        if task is not None:
            task.atexit = bool(value)

    def __repr__(self):
        _, obj = self._live_task()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _run_at_exit():
        # Newest first, choosing again after each call (a finalizer may create or kill
        # others); the collector stays off meanwhile so none runs from a collection.
        import gc
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            while True:
                due = [(task.rank, f) for f, task in finalize._tasks.items() if task.atexit]
                if not due:
                    break
                try:
                    max(due, key=lambda item: item[0])[1]()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._exited = True
            if was_enabled:
                gc.enable()
