# functools edge cases: total_ordering falling back to reflected ops, partial of bound methods, typed lru_cache, wraps' __dict__, ABC dispatch, partialmethod repr with empty parts.
import functools
from functools import singledispatch, total_ordering, partial, lru_cache, cached_property, wraps

# total_ordering with NotImplemented from the root: reflected operation is tried
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
class W:
    def __gt__(self, o): return "W.gt"
    def __lt__(self, o): return "W.lt"
    def __ge__(self, o): return "W.ge"
    def __le__(self, o): return "W.le"
print(V(1) < W(), V(1) > W(), V(1) <= W(), V(1) >= W())
# partial of a method and with placeholders / repr recursion
class Obj:
    def m(self, a, b=0): return (a, b)
o = Obj()
pm = partial(o.m, 1)
print(pm(), pm(b=2), repr(pm).startswith("functools.partial(<bound method Obj.m of"))
p = partial(print)
p2 = partial(p, p)
print(p2.args[0] is p, p2.func is print)
# lru_cache on a function taking kwargs with dict-order sensitivity, and cache_info after clear
@lru_cache(maxsize=2, typed=True)
def f(*a, **k): return len(a) + len(k)
f(1); f(1.0); f(x=1); f(1)
print(f.cache_info())
# wraps keeps wrapper's __dict__ keys plus wrapped's
def outer(fn):
    @wraps(fn)
    def w(): return fn()
    w.own = 1
    return w
def target(): return 5
target.tag = "t"
ww = outer(target)
print(sorted(ww.__dict__), ww())
# singledispatch on classes registered for object/abc
from collections.abc import Sized
@singledispatch
def size(x): return "unknown"
@size.register
def _(x: Sized): return f"sized {len(x)}"
print(size([1,2]), size(3), size("abc"), size.dispatch(dict).__name__)
# cached_property on subclass and __set_name__ with same name reuse
class P:
    @cached_property
    def v(self): return 1
class Q(P): pass
print(Q().v, Q.v.attrname, P.__dict__['v'] is Q.v)
print(functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2))
# reduce on a generator with initial None
print(functools.reduce(lambda a, b: (a or 0) + b, (i for i in range(4)), None))
# partialmethod with keywords repr and descriptor chaining via staticmethod
class R:
    sm = functools.partialmethod(staticmethod(lambda a, b: (a, b)), 1)
print(R.sm(2), R().sm(3))
print(repr(functools.partialmethod(len)))
print(repr(functools.partialmethod(max, 1)), repr(functools.partialmethod(max, key=abs)).endswith("(<built-in function max>, , key=<built-in function abs>)"))
