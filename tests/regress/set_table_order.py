# set/frozenset: the table must evolve exactly as CPython's (Objects/setobject.c), so iteration
# order matches after every kind of operation: an add reuses the last dummy on its probe path,
# `a ^ b` starts from a copy of b, difference_update drops dummies when they pass a quarter of
# the table, intersection_update takes the result's table, a set with dummies is not copied
# slot for slot, clear keeps the pop finger. Also keys whose __eq__ mutates the sets.
import random

rng = random.Random(7)


def show(label, s):
    items = list(s)
    print(label, len(items), items[:24], items[-6:])


a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
show("or", a | b)
show("and", a & b)
show("sub", a - b)
show("rsub", b - a)
show("xor", a ^ b)
show("xor-rev", b ^ a)
show("union-self", a.union(a))
show("and-self", a & a)
show("multi-diff", a.difference(b, range(0, 3000, 5), {7, 11}))
show("multi-and", a.intersection(b, range(0, 3000, 4)))
show("multi-or", a.union(b, [1, 3, 5], {10**6: 1}))
show("big-minus-small", a - {6, 12, 18, 5000})
show("diff-dict", a.difference({6: 0, 8: 1}))
show("xor-dict", a.symmetric_difference({6: 0, 7: 1}))
show("xor-list", a.symmetric_difference([6, 7, 7, 9]))

keys = [rng.getrandbits(62) for _ in range(4000)]
s = set(keys)
for k in keys[::3]:
    s.discard(k)
for k in range(100):
    s.add(k * 1000003)
show("dummies-then-adds", s)
t = set(keys[::2])
show("rand-or", s | t)
show("rand-and", s & t)
show("rand-sub", s - t)
show("rand-xor", s ^ t)
for label, op in [("isub", "__isub__"), ("iand", "__iand__"), ("ixor", "__ixor__"), ("ior", "__ior__")]:
    u = s.copy()
    getattr(u, op)(t)
    show(label, u)
u = s.copy()
u.difference_update(range(0, 10**6, 7), t)
show("diff-update-multi", u)
u = s.copy()
u.intersection_update(t, keys)
show("and-update-multi", u)

d = set(range(64))
for i in range(0, 64, 3):
    d.remove(i)
for i in range(64, 200, 5):
    d.add(i * 8)
show("small-dummies", d)
p = set(range(20))
print([p.pop() for _ in range(5)])
p.clear()
p.update(range(10))
print([p.pop() for _ in range(3)], p)
q = set(range(100))
for i in range(0, 100, 2):
    q.discard(i)
r = set()
r.update(q)
show("copy-with-dummies", r)
print(all(i in r for i in range(1, 100, 2)), 3 in r, 4 in r)
print(hash(frozenset(q)) == hash(frozenset(range(1, 100, 2))))
show("tuples", {(i, -i) for i in range(50)} ^ {(i, -i) for i in range(25, 75)})


class K:
    def __init__(self, v, hook=None):
        self.v = v
        self.hook = hook

    def __hash__(self):
        return self.v % 7

    def __eq__(self, other):
        if self.hook:
            h, self.hook = self.hook, None
            h()
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


def ks(vals):
    return {K(v) for v in vals}


def sizes(a, b):
    return len(a & b), len(a - b), len(a ^ b), len(a | b), a <= b, a == b


s = ks(range(20))
victim = K(3, lambda: s.clear())
print(victim in s, len(s))
s = ks(range(20))
victim = K(10, lambda: [s.add(K(100 + i)) for i in range(50)])
print(victim in s, len(s))
a, b = ks(range(10)), ks(range(5, 30))
for k in a:
    if k.v == 6:
        k.hook = lambda: a.update(ks(range(1000, 1040)))
a |= b
print(len(a), sorted(k.v for k in a)[:12])
a, b = ks(range(10)), ks(range(5, 30))
for k in b:
    if k.v == 7:
        k.hook = lambda: b.clear()
print("or", len(a | b))
a, b = ks(range(10)), ks(range(5, 30))
for k in a:
    if k.v == 8:
        k.hook = lambda: (a.clear(), b.clear())
print(sizes(a, b))
a, b = ks(range(10)), ks(range(5, 30))
for k in b:
    if k.v == 9:
        k.hook = lambda: b.add(K(10**6))
print(sizes(a, b), len(b - a), b >= a)
a, b = ks(range(10)), ks(range(5, 30))
for k in a:
    if k.v == 5:
        k.hook = lambda: a.pop()
a ^= b
print(len(a))
a, b = ks(range(40)), ks(range(0, 40, 3))
for k in b:
    if k.v == 9:
        k.hook = lambda: b.update(range(1000))
a.difference_update(b)
print(len(a), len(b))
a = ks(range(40))
for k in a:
    if k.v == 9:
        k.hook = lambda: a.intersection_update({1, 2})
a.intersection_update(ks(range(0, 40, 2)))
print(len(a))


class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        raise ValueError("bad eq")


s = {Bad()}
for op in (lambda: Bad() in s, lambda: s.add(Bad()), lambda: s | {Bad()}, lambda: {Bad()} & s,
           lambda: s - {Bad()}, lambda: s ^ {Bad()}, lambda: {Bad()} <= s, lambda: s.discard(Bad())):
    try:
        op()
        print("no error")
    except ValueError as e:
        print("ValueError", e)
s = set(range(100))
s |= s
s &= s
print(len(s), list(s)[:5])
s ^= s
print(s)
s = set(range(100))
s -= s
print(s)
s = set(range(10))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
