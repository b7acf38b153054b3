# Defaults (evaluated once), *args, **kwargs, keyword-only and positional-only parameters.
def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))


def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))


def pos_only(a, b, /, c, *, d):
    return a + b + c + d


print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))


def kwargs_named_like_posonly(a, /, **kw):
    return a, kw


print(kwargs_named_like_posonly(1, a=2))

counter = 0


def default_evaluated_once(x=print("evaluating default") or 5):
    return x


print(default_evaluated_once(), default_evaluated_once())
print(f.__defaults__, f.__kwdefaults__)
print(pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_kwonlyargcount)


def star_only(*, key="k"):
    return key


print(star_only(), star_only(key="v"))


def varargs(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__, args, kwargs


print(varargs())
print(varargs(1, *(2, 3), *[4], x=1, **{"y": 2}))
