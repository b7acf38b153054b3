# functools: partial (repr, flattening, attributes, errors), partialmethod, reduce, cmp_to_key, wraps/update_wrapper.
import functools
from functools import partial, partialmethod, reduce, cmp_to_key, wraps, update_wrapper


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


sq = partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords, type(sq).__name__, type(sq).__module__)
print(repr(partial(power, 3, mod=5)).replace(hex(id(power)), "ADDR"))
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
inner = partial(power, 2)
outer = partial(inner, 10, mod=1000)
print(outer(), outer.func is power, outer.args, outer.keywords)
both = partial(partial(max, key=abs), -5, key=None)
print(both.keywords, both(3))


class MyPartial(partial):
    pass


mp = MyPartial(partial(max, 1), 2)
print(type(mp).__name__, mp.func, mp.args, repr(mp).startswith("MyPartial(functools.partial("), mp(0))
for attr in ("func", "args", "keywords"):
    try:
        setattr(sq, attr, None)
    except AttributeError as e:
        print(attr, e)
sq.extra = 1
print(sq.extra, sq.__dict__)
print(repr(sq).startswith("functools.partial(<function power at "), repr(sq).endswith(", exp=2)"))
for bad in ((), (1,)):
    try:
        partial(*bad)
    except TypeError as e:
        print(e)
print(partial(power, 2, 3)(mod=3), partial(power, mod=7)(2, 5), partial(print, sep="-")("a", "b", sep="+"))
print(sq.__reduce__()[0].__name__, sq.__reduce__()[1][0] is power, sq.__reduce__()[2][1:])
cp = partial(len)
cp.__setstate__((max, (1, 2), {"key": abs}, {"attr": 3}))
print(cp(), cp.func, cp.args, cp.keywords, cp.attr)
try:
    cp.__setstate__((1, 2))
except TypeError as e:
    print(e)
try:
    cp.__setstate__((1, (), {}, None))
except TypeError as e:
    print(e)
try:
    cp.__setstate__([len, (), {}, None])
except TypeError as e:
    print(e)
print(partial.__class_getitem__(int))


class Cell:
    def __init__(self):
        self.value = None

    def set(self, value, note=""):
        self.value = (value, note)
        return self

    set_on = partialmethod(set, True)
    set_off = partialmethod(set, False, note="off")

    @classmethod
    def make(cls, tag):
        return ("made", cls.__name__, tag)

    make_x = partialmethod(make, "x")


c = Cell()
print(c.set_on().value, c.set_off().value, c.set_on(note="hi").value)
print(type(Cell.__dict__["set_on"]).__name__, Cell.make_x(), c.make_x())
print(repr(Cell.__dict__["set_off"]).startswith("functools.partialmethod(<function Cell.set at"),
      repr(Cell.__dict__["set_off"]).endswith(", False, note='off')"))
print(type(Cell.set_on).__name__, Cell.set_on(Cell()).value, type(c.set_on).__name__)
try:
    partialmethod(5)
except TypeError as e:
    print(e)
pm = partialmethod(partialmethod(Cell.set, 1), note="n")
print(pm.func is Cell.set, pm.args, pm.keywords)
print(Cell.__dict__["set_on"].__isabstractmethod__)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, ch: ch + acc, "abc"), reduce(max, iter([3, 8, 1])))
for args in ((lambda a, b: a, []), (lambda a, b: a, 5), (lambda a, b: a,), (1, 2, 3, 4), ()):
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
try:
    reduce(lambda a, b: a, [], initial=1)
except TypeError as e:
    print(e)


# cmp_to_key
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(1), K(4).obj)
print(type(K(1)).__hash__)
try:
    K(1) < 5
except TypeError as e:
    print(e)
print(type(K).__name__, type(K(1)).__name__)


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def documented(a: int, b: str = "x") -> bool:
    """The doc."""
    return True


documented.__dict__["tag"] = 1
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__, documented.__module__)
print(documented.__wrapped__.__name__, documented.__wrapped__ is not documented, documented(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.attr = "copied"
target.__wrapped__ = "old"


class CallableObj:
    def __call__(self):
        return "called"


w = update_wrapper(CallableObj(), target)
print(w.__name__, w.attr, w.__wrapped__ is target, w())


def bare():
    pass


obj = lambda: None
update_wrapper(obj, len, assigned=("__name__", "__missing_attr__"), updated=())
print(obj.__name__, obj.__wrapped__ is len, hasattr(obj, "__missing_attr__"))
try:
    update_wrapper(bare, target, updated=("nothere",))
except AttributeError as e:
    print(e)
print(hasattr(bare, "__type_params__"), "__type_params__" in functools.WRAPPER_ASSIGNMENTS)
