"""copy: shallow and deep copies of arbitrary objects.

copy(x) makes a new compound object holding the same items as x;
deepcopy(x) copies the items too, recursively, keeping shared and
recursive references intact through a memo dict (id -> copy).

A class customizes both with __copy__() and __deepcopy__(memo); otherwise
the pickle protocol is used: copyreg.dispatch_table, __reduce_ex__(4) or
__reduce__ describe how to rebuild the object.
"""

import types
import _weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy"]

# Types whose instances are their own shallow copy.
_SHALLOW_SELF = (
    types.NoneType, types.EllipsisType, types.NotImplementedType,
    int, float, bool, complex, str, bytes, tuple, frozenset, range, slice,
    type, property, types.BuiltinFunctionType, types.FunctionType,
    types.CodeType, _weakref.ref,
)
# Types whose instances are their own deep copy (no tuple, frozenset or
# slice: their items may need copying).
_DEEP_SELF = (
    types.NoneType, types.EllipsisType, types.NotImplementedType,
    int, float, bool, complex, str, bytes, range,
    type, property, types.BuiltinFunctionType, types.FunctionType,
    types.CodeType, _weakref.ref,
)


def _copy_immutable(x):
    return x


_copy_dispatch = dict.fromkeys(_SHALLOW_SELF, _copy_immutable)
_copy_dispatch.update({t: t.copy for t in (list, dict, set, bytearray)})


def _reduce(x, cls, kind):
    """The pickle-protocol description of how to rebuild x."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = getattr(x, "__reduce__", None)
    if not reduce:
        raise Error("un(%s)copyable object of type %s" % (kind, cls))
    return reduce()


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    special = _copy_dispatch.get(cls)
    if special is not None:
        return special(x)
    if issubclass(cls, type):
        # Classes (metaclass instances included) are never copied.
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    how = _reduce(x, cls, "shallow")
    if isinstance(how, str):
        # A global name: the object stands for itself.
        return x
    return _reconstruct(x, None, *how)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    special = _deepcopy_dispatch.get(cls)
    if special is not None:
        result = special(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            how = _reduce(x, cls, "deep")
            result = x if isinstance(how, str) else _reconstruct(x, memo, *how)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    # Registered before the items are copied, so that a list containing
    # itself copies to a list containing the copy.
    out = memo[id(x)] = []
    for item in x:
        out.append(deepcopy(item, memo))
    return out


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # Copying an item may have copied x itself (through a cycle).
    already = memo.get(id(x), _deepcopy_tuple)
    if already is not _deepcopy_tuple:
        return already
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    out = memo[id(x)] = {}
    for k, v in x.items():
        out[deepcopy(k, memo)] = deepcopy(v, memo)
    return out


def _deepcopy_method(x, memo):
    # A bound method: same function, bound to a copy of the instance.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = dict.fromkeys(_DEEP_SELF, _deepcopy_atomic)
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Hold a reference to x in the memo (under the memo's own id): the
    memo is keyed by ids, which must not be reused while it is in use."""
    keep = memo.setdefault(id(memo), [])
    keep.append(x)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Build the copy described by a __reduce_ex__ result; memo is None for
    a shallow copy."""
    if memo is None:
        def same(value):
            return value
    else:
        def same(value):
            return deepcopy(value, memo)
    if memo is not None and args:
        args = same(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        state = same(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(same(item))
    if dictiter is not None:
        for k, v in dictiter:
            k = same(k)
            y[k] = same(v)
    return y


del types, _weakref
