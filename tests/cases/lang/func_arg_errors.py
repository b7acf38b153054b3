# TypeError messages for bad calls.
def f(a, b, c=3):
    pass


def g(a, /, b, *, c):
    pass


def h(*, k):
    pass


def try_call(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)


try_call("missing one", f, 1)
try_call("missing two", f)
try_call("too many", f, 1, 2, 3, 4)
try_call("unexpected kw", f, 1, 2, d=4)
try_call("multiple values", f, 1, 2, a=1)
try_call("posonly as kw", g, a=1, b=2, c=3)
try_call("kw-only missing", g, 1, 2)
try_call("kw-only positional", h, 1)
try_call("kw-only missing named", h)
try_call("lambda", lambda x: x)
try_call("builtin", len)
try_call("builtin kw", len, obj=[])
try_call("not callable", 5)
try:
    f(**[1])
except TypeError as e:
    print("kwargs not mapping ->", e)


class C:
    def m(self, x):
        pass


try_call("method", C().m)
try_call("method too many", C().m, 1, 2)
try_call("init", C, 1)
try:
    f(*5)
except TypeError as e:
    print("star non-iterable ->", e)
