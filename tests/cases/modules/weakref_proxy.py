# weakref.proxy: forwarding of attributes, operators and protocols; dead proxies; callbacks.
import gc
import weakref
from weaktools import mask


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __str__(self):
        return f"<{self.v}>"

    def __bytes__(self):
        return b"num"

    def _val(self, o):
        return o.v if isinstance(o, Num) else o

    def __add__(self, o):
        return Num(self.v + self._val(o))

    def __radd__(self, o):
        return ("radd", o, self.v)

    def __sub__(self, o):
        return Num(self.v - self._val(o))

    def __rsub__(self, o):
        return ("rsub", o, self.v)

    def __mul__(self, o):
        return Num(self.v * self._val(o))

    def __rmul__(self, o):
        return ("rmul", o, self.v)

    def __matmul__(self, o):
        return ("matmul", self.v, o)

    def __rmatmul__(self, o):
        return ("rmatmul", o, self.v)

    def __truediv__(self, o):
        return self.v / self._val(o)

    def __rtruediv__(self, o):
        return ("rtruediv", o)

    def __floordiv__(self, o):
        return self.v // self._val(o)

    def __rfloordiv__(self, o):
        return ("rfloordiv", o)

    def __mod__(self, o):
        return self.v % self._val(o)

    def __rmod__(self, o):
        return ("rmod", o)

    def __divmod__(self, o):
        return divmod(self.v, self._val(o))

    def __rdivmod__(self, o):
        return ("rdivmod", o)

    def __pow__(self, o, m=None):
        return ("pow", self._val(o), m)

    def __rpow__(self, o):
        return ("rpow", o)

    def __lshift__(self, o):
        return self.v << o

    def __rlshift__(self, o):
        return ("rlshift", o)

    def __rshift__(self, o):
        return self.v >> o

    def __rrshift__(self, o):
        return ("rrshift", o)

    def __and__(self, o):
        return self.v & o

    def __rand__(self, o):
        return ("rand", o)

    def __or__(self, o):
        return self.v | o

    def __ror__(self, o):
        return ("ror", o)

    def __xor__(self, o):
        return self.v ^ o

    def __rxor__(self, o):
        return ("rxor", o)

    def __iadd__(self, o):
        self.v += self._val(o)
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return ("pos", self.v)

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return ~self.v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __bool__(self):
        return self.v != 0

    def __eq__(self, o):
        return self.v == self._val(o)

    def __lt__(self, o):
        return self.v < self._val(o)

    def __le__(self, o):
        return self.v <= self._val(o)

    def __gt__(self, o):
        return self.v > self._val(o)

    def __ge__(self, o):
        return self.v >= self._val(o)

    __hash__ = object.__hash__


n = Num(6)
p = weakref.proxy(n)
print(type(p), type(p).__name__, type(p).__module__, type(p).__qualname__)
print(weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
print(mask(repr(p)), str(p), format(p), f"{p}", bytes(p))
print(p.v, p.__class__, isinstance(p, Num), isinstance(p, weakref.ProxyType))
p.extra = "set through proxy"
print(n.extra)
del p.extra
print(hasattr(n, "extra"), hasattr(p, "extra"))
attempt("missing attr:", lambda: p.nope)
print(weakref.proxy(n) is p, weakref.getweakrefcount(n))

print(p + 1, 1 + p, p - 1, 10 - p, p * 2, 3 * p, p @ 1, 1 @ p)
print(p / 4, 1 / p, p // 4, 1 // p, p % 4, 1 % p, divmod(p, 4), divmod(1, p))
print(p ** 2, 2 ** p, pow(p, 2, 5), p << 1, 1 << p, p >> 1, 1 >> p)
print(p & 3, 3 & p, p | 1, 1 | p, p ^ 3, 3 ^ p)
print(p + p, p - p)
print(-p, +p, abs(p), ~p, int(p), float(p), [0, 1, 2, 3, 4, 5, 6, 7][p], bool(p))
print(p == 6, 6 == p, p != 6, p < 7, 7 > p, p <= 6, p > 5, p >= 7, p == p)
q = p
q += 4
print(type(q).__name__, n.v, q is n)
q = p
q *= 2
print(type(q).__name__, n.v)
attempt("hash:", lambda: hash(p))
attempt("format spec:", lambda: format(p, ">10"))

# containers
lst = [3, 1, 2]


class MyList(list):
    pass


ml = MyList([3, 1, 2])
lp = weakref.proxy(ml)
print(len(lp), lp[0], lp[-1], 2 in lp, 9 in lp, list(lp), list(reversed(lp)), sorted(lp))
lp[0] = 10
del lp[1]
lp.append(7)
print(ml, lp[:], lp + [0], [0] + lp)
lp += [8]
print(type(lp).__name__, ml)
attempt("next on non-iterator:", lambda: next(weakref.proxy(ml)))


class MyDict(dict):
    pass


md = MyDict(a=1)
dp = weakref.proxy(md)
dp["b"] = 2
print(dp["a"], sorted(dp), "b" in dp, dp.get("z", 0), len(dp))
del dp["a"]
print(md)
attempt("missing key:", lambda: dp["zz"])


class Counter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


c = Counter()
cp = weakref.proxy(c)
print(next(cp), next(cp), list(iter(cp)))
attempt("exhausted:", lambda: next(cp))


# callable proxies
def func(a, b=2, *, c=3):
    return (a, b, c)


fp = weakref.proxy(func)
print(type(fp).__name__, fp(1), fp(1, c=5), fp.__name__, callable(fp))
attempt("hash callable:", lambda: hash(fp))


class CallMe:
    def __call__(self, x):
        return x * 2


cm = CallMe()
print(type(weakref.proxy(cm)).__name__, weakref.proxy(cm)(21))
print(type(weakref.proxy(Num)).__name__, weakref.proxy(Num)(3))

# dead proxies
events = []
victim = Num(1)
vp = weakref.proxy(victim, lambda pr: events.append(("callback", type(pr).__name__, pr is vp)))
print(weakref.getweakrefcount(victim), vp is not weakref.proxy(victim))
del victim
print(events)
print(mask(repr(vp)))
for label, f in [
    ("attr", lambda: vp.v),
    ("setattr", lambda: setattr(vp, "v", 1)),
    ("add", lambda: vp + 1),
    ("radd", lambda: 1 + vp),
    ("eq", lambda: vp == 1),
    ("lt", lambda: vp < 1),
    ("bool", lambda: bool(vp)),
    ("str", lambda: str(vp)),
    ("len", lambda: len(vp)),
    ("iter", lambda: iter(vp)),
    ("getitem", lambda: vp[0]),
    ("contains", lambda: 1 in vp),
    ("int", lambda: int(vp)),
    ("neg", lambda: -vp),
    ("hash", lambda: hash(vp)),
]:
    attempt(label, f)

# a proxy whose callback was dropped does not call it
calls = []
obj = Num(2)
tmp = weakref.proxy(obj, lambda pr: calls.append("should not run"))
del tmp
del obj
gc.collect()
print(calls)

# proxies do not keep their referent alive, even in a cycle with it
holder = Num(3)
holder.me = weakref.proxy(holder)
wr = weakref.ref(holder)
del holder
print(wr())

# type checks
attempt("instantiate:", lambda: weakref.ProxyType())
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print("subclass:", e)
