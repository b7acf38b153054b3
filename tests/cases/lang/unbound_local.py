# Assignment anywhere in a function makes the name local: UnboundLocalError, and NameError for freed cells.
x = 10


def f():
    print(x)
    x = 5


try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, NameError))


def g():
    x += 1


try:
    g()
except UnboundLocalError as e:
    print(e)


def h(flag):
    if flag:
        y = 1
    return y


print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(e)


def deleted():
    z = 1
    del z
    return z


try:
    deleted()
except UnboundLocalError as e:
    print(e)


def outer():
    v = 1

    def inner():
        return v

    del v
    return inner


try:
    outer()()
except NameError as e:
    print(type(e).__name__, "|", e)


def outer2():
    def inner():
        return w

    r = None
    try:
        inner()
    except NameError as e:
        r = str(e)
    w = 2
    return r, inner()


print(outer2())
