# Random sequences of attribute stores, deletions, reads, __dict__ requests and __dict__
# replacement on instances of a few classes (seeded, so the sequence is the same under
# every interpreter): after each step the instance's vars() must be what CPython shows,
# in the same order.
import random


class A:
    pass


class B:
    def __init__(self):
        self.first = 0


class C(B):
    pass


rng = random.Random(1234)
names = ["a", "b", "c", "d", "e", "f", "first"]
objs = [cls() for cls in (A, A, A, B, B, C, C) for _ in range(3)]
# A fresh instance of each class every so often: classes whose instances spilled start
# later ones with a dict.
for step in range(3000):
    i = rng.randrange(len(objs))
    o = objs[i]
    op = rng.randrange(10)
    n = rng.choice(names)
    if op < 5:
        setattr(o, n, step)
    elif op < 7:
        try:
            delattr(o, n)
        except AttributeError as ex:
            print(step, "AttributeError", ex)
    elif op == 7:
        print(step, i, getattr(o, n, "absent"), hasattr(o, n))
    elif op == 8:
        if rng.randrange(10):
            continue
        d = o.__dict__
        d[rng.choice(names)] = -step
    else:
        if rng.randrange(20) == 0:
            o.__dict__ = {n: step}
    if step % 300 == 299:
        objs[i] = type(o)()
    if step % 50 == 0:
        print(step, i, type(o).__name__, vars(o))
for i, o in enumerate(objs):
    print(i, vars(o))
