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
from _weakrefset import WeakSet, _begin_iteration, _end_iteration

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

def _drop_if_dead(d, key):
    """Remove d[key] if it is (still) a dead weak reference."""
    try:
        r = d[key]
    except KeyError:
        return
    if r() is None:
        try:
            del d[key]
        except KeyError:
            pass


class WeakValueDictionary(_collections_abc.MutableMapping):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        selfref = ref(self)

        def remove(wr):
            # A value died: drop its entry, or queue the key while iterations run.
            d = selfref()
            if d is None:
                return
            if d._iterating:
                d._pending_removals.append(wr.key)
            else:
                _drop_if_dead(d.data, wr.key)

        self._remove = remove
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            _drop_if_dead(self.data, pending.pop())

    def _flush(self):
        if self._pending_removals:
            self._commit_removals()

    def __getitem__(self, key):
        self._flush()
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self._flush()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        self._flush()
        del self.data[key]

    def __len__(self):
        self._flush()
        return len(self.data)

    def __contains__(self, key):
        self._flush()
        try:
            r = self.data[key]
        except KeyError:
            return False
        return r() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def _live_items(self):
        _begin_iteration(self)
        try:
            for key, r in self.data.items():
                obj = r()
                if obj is not None:
                    yield key, obj
        finally:
            _end_iteration(self)

    def copy(self):
        self._flush()
        result = WeakValueDictionary()
        for key, obj in self._live_items():
            result[key] = obj
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._flush()
        result = self.__class__()
        for key, obj in self._live_items():
            result[deepcopy(key, memo)] = obj
        return result

    def get(self, key, default=None):
        self._flush()
        try:
            r = self.data[key]
        except KeyError:
            return default
        obj = r()
        return default if obj is None else obj

    def items(self):
        self._flush()
        _begin_iteration(self)
        try:
            for key, r in self.data.items():
                obj = r()
                if obj is not None:
                    yield key, obj
        finally:
            _end_iteration(self)

    def keys(self):
        self._flush()
        _begin_iteration(self)
        try:
            for key, r in self.data.items():
                if r() is not None:
                    yield key
        finally:
            _end_iteration(self)

    __iter__ = keys

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.
        """
        _begin_iteration(self)
        try:
            yield from self.data.values()
        finally:
            _end_iteration(self)

    def values(self):
        self._flush()
        _begin_iteration(self)
        try:
            for r in self.data.values():
                obj = r()
                if obj is not None:
                    yield obj
        finally:
            _end_iteration(self)

    def popitem(self):
        self._flush()
        while True:
            key, r = self.data.popitem()
            obj = r()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        self._flush()
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is not None:
            return obj
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is not None:
            return obj
        self._flush()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        self._flush()
        d = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, obj in other.items():
                d[key] = KeyedRef(obj, self._remove, key)
        for key, obj in kwargs.items():
            d[key] = KeyedRef(obj, self._remove, key)

    def valuerefs(self):
        """Return a list of weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.
        """
        self._flush()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key. This can be used to
    associate additional data with an object owned by other parts of
    an application without adding attributes to those objects. This
    can be especially useful with objects that override attribute
    accesses.
    """

    def __init__(self, dict=None):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        # Entries were deleted explicitly since the pending list was last checked: some
        # queued references may no longer be keys.
        self._stale_pending = False
        selfref = ref(self)

        def remove(k):
            # A key died: drop its entry, or queue it while iterations run.
            d = selfref()
            if d is None:
                return
            if d._iterating:
                d._pending_removals.append(k)
            else:
                try:
                    del d.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._stale_pending = False

    def __delitem__(self, key):
        self._stale_pending = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._stale_pending and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        result = WeakKeyDictionary()
        for key, value in self.items():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        for key, value in self.items():
            result[key] = deepcopy(value, memo)
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def items(self):
        _begin_iteration(self)
        try:
            for r, value in self.data.items():
                key = r()
                if key is not None:
                    yield key, value
        finally:
            _end_iteration(self)

    def keys(self):
        _begin_iteration(self)
        try:
            for r in self.data:
                key = r()
                if key is not None:
                    yield key
        finally:
            _end_iteration(self)

    __iter__ = keys

    def values(self):
        _begin_iteration(self)
        try:
            for r, value in self.data.items():
                if r() is not None:
                    yield value
        finally:
            _end_iteration(self)

    def keyrefs(self):
        """Return a list of weak references to the keys.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the keys around longer than needed.
        """
        return list(self.data)

    def popitem(self):
        self._stale_pending = True
        while True:
            r, value = self.data.popitem()
            key = r()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._stale_pending = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result


# ---------------------------------------------------------------------------------------
# finalize
# ---------------------------------------------------------------------------------------

class _Registration:
    """What a live finalize object will do: call func(*args, **kwargs) when the object
    behind `wr` dies (or at exit when `atexit` is true). `order` is the creation rank."""

    __slots__ = ('wr', 'func', 'args', 'kwargs', 'atexit', 'order')


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    __slots__ = ()

    # Live finalizers and their registrations. A finalizer stays alive while registered,
    # whether or not the program keeps a reference to it.
    _registry = {}
    _order = itertools.count()
    # Set once the exit hook ran: later deaths call nothing.
    _shutdown = False
    # A finalizer was created since the exit hook last listed the pending ones.
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        reg = _Registration()
        reg.wr = ref(obj, self)
        reg.func = func
        reg.args = args
        reg.kwargs = kwargs or None
        reg.atexit = True
        reg.order = next(finalize._order)
        finalize._registry[self] = reg
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        reg = finalize._registry.pop(self, None)
        if reg is not None and not finalize._shutdown:
            return reg.func(*reg.args, **(reg.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        reg = finalize._registry.get(self)
        obj = None if reg is None else reg.wr()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, reg.func, reg.args, reg.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        reg = finalize._registry.get(self)
        obj = None if reg is None else reg.wr()
        if obj is not None:
            return (obj, reg.func, reg.args, reg.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        reg = finalize._registry.get(self)
        return reg is not None and reg.atexit

    @atexit.setter
    def atexit(self, value):
        reg = finalize._registry.get(self)
        if reg is not None:
            reg.atexit = bool(value)

    def __repr__(self):
        reg = finalize._registry.get(self)
        obj = None if reg is None else reg.wr()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The finalizers to run at exit, oldest first (the caller pops from the end).
        chosen = [(reg.order, f) for f, reg in cls._registry.items() if reg.atexit]
        chosen.sort(key=lambda item: item[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Run the pending finalizers, newest first, with the cycle collector paused so that
        # no finalizer runs from a collection meanwhile. Finalizers created while this runs
        # are picked up too.
        gc_paused = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    gc_paused = True
                    gc.disable()
                todo = None
                while True:
                    if todo is None or finalize._dirty:
                        todo = cls._select_for_exit()
                        finalize._dirty = False
                    if not todo:
                        break
                    f = todo.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if gc_paused:
                gc.enable()
