# list.sort/sorted make CPython's timsort comparisons, in its order: the `__lt__` calls are
# logged and, for long lists, summed up; an error on the k-th comparison leaves the list in
# CPython's permutation; inconsistent comparisons, key=, reverse=, NotImplemented, tuple keys.

MOD = (1 << 61) - 1


class Rand:
    """A small linear congruential generator (deterministic across implementations)."""

    def __init__(self, seed):
        self.x = seed

    def below(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % n


log = []
fail_at = -1


class R:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        if len(log) == fail_at:
            raise ZeroDivisionError(f"comparison {len(log)}")
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}/{self.i}"


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b + 1) % MOD
    return h


def run(values, fail=-1, show=False, **kw):
    global fail_at
    log.clear()
    fail_at = fail
    items = [R(v, i) for i, v in enumerate(values)]
    err = None
    try:
        items.sort(**kw)
    except ZeroDivisionError as e:
        err = str(e)
    order = [x.i for x in items]
    if show:
        print(" ", len(log), " ".join(f"{a}<{b}" for a, b in log))
    else:
        print(" ", len(log), digest(log), digest(zip(order, order[1:])))
    return err, order


def permutation(n, seed):
    r = Rand(seed)
    p = list(range(n))
    for i in range(n - 1, 0, -1):
        j = r.below(i + 1)
        p[i], p[j] = p[j], p[i]
    return p


print("small permutations, every comparison")
for n in range(0, 13):
    print(n)
    run(permutation(n, n + 1), show=True)

print("random permutations 13..70")
for n in range(13, 71):
    print(n)
    run(permutation(n, 1000 + n))

print("large random")
for n, seed in ((200, 1), (257, 2), (500, 3), (777, 4), (1000, 5)):
    print(n)
    run(permutation(n, seed))

print("few distinct values")
for n, k in ((10, 2), (40, 3), (70, 2), (300, 5), (1000, 4)):
    r = Rand(n * k)
    print(n, k)
    run([r.below(k) for _ in range(n)], show=n <= 10)

print("sorted, reversed, constant")
for n in (2, 5, 64, 65, 200, 1000):
    print(n)
    run(list(range(n)))
    run(list(range(n, 0, -1)))
    run([7] * n)

print("runs")
r = Rand(99)
for n in (100, 300, 1000):
    values = []
    while len(values) < n:
        length = 1 + r.below(120)
        base = r.below(1000)
        step = (-1, 0, 1, 2)[r.below(4)]
        values.extend(base + step * j for j in range(length))
    print(n)
    run(values[:n])
# Descending with equal neighbours: only strictly descending runs are reversed.
run([5, 4, 4, 3, 2, 2, 1], show=True)
run([3, 3, 2, 1, 0, 9, 8], show=True)

print("galloping")
# Two long interleaving sorted runs, then blocks that win in long stretches.
run(list(range(0, 600, 2)) + list(range(1, 600, 2)))
run(list(range(300, 600)) + list(range(300)))
run(list(range(500)) + [250] * 50 + list(range(200, 700)))
blocks = []
for b in range(20):
    blocks.extend(range(b * 7 % 13 * 40, b * 7 % 13 * 40 + 35))
run(sorted(blocks[: len(blocks) // 2]) + sorted(blocks[len(blocks) // 2 :]))

print("key and reverse")
for n in (8, 40, 300):
    values = permutation(n, 77 + n)
    print(n)
    run(values, show=n == 8, reverse=True)
    run([v % 5 for v in values], show=n == 8, reverse=True)
    run(values, show=n == 8, key=lambda x: R(-x.v, x.i))
    run([v % 3 for v in values], show=n == 8, key=lambda x: R(x.v, -x.i), reverse=True)

keys_made = []


def key(x):
    keys_made.append(x.i)
    return x


run(permutation(6, 3), key=key)
print("keys computed in order:", keys_made)

print("an error on the k-th comparison")
for n, fails in ((9, (1, 3, 8, 12)), (40, (1, 30, 60, 100, 150)), (150, (100, 500, 700, 900))):
    values = permutation(n, 5 * n)
    for k in fails:
        err, order = run(values, fail=k)
        print(n, k, err, order if n <= 40 else digest(zip(order, order[1:])))
        err, order = run(values, fail=k, reverse=True)
        print(n, k, err, "reverse", order if n <= 40 else digest(zip(order, order[1:])))
        err, order = run(values, fail=k, key=lambda x: R(x.v // 2, x.i))
        print(n, k, err, "key", order if n <= 40 else digest(zip(order, order[1:])))
# Errors inside the merges, across galloping.
values = list(range(0, 400, 2)) + list(range(1, 400, 2))
total = run(values)
for k in range(1, 420, 37):
    err, order = run(values, fail=k)
    print(k, err, digest(zip(order, order[1:])), order[:5], order[-5:])


print("inconsistent comparisons")


class Flaky:
    rand = Rand(0)

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return Flaky.rand.below(3) == 0


for n in (5, 30, 100, 400):
    for seed in (1, 2):
        Flaky.rand = Rand(seed * n)
        log.clear()
        items = [Flaky(i) for i in range(n)]
        items.sort()
        order = [x.i for x in items]
        print(n, seed, len(log), digest(log), sorted(order) == list(range(n)), digest(zip(order, order[1:])))


print("NotImplemented and reflected comparisons")


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  N.__lt__", self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print("  N.__gt__", self.v, other.v)
        return self.v > other.v


class M(N):
    pass


class G(N):
    def __gt__(self, other):
        print("  G.__gt__", self.v, other.v)
        return self.v > other.v


print([x.v for x in sorted([N(2), N(1), N(3)])])
print([x.v for x in sorted([N(2), M(1), N(3)])])
print([x.v for x in sorted([N(2), G(1), N(3)])])
print([x.v for x in sorted([N(2), N(1)], key=lambda x: x)])


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  E.__eq__", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("  E.__lt__", self.v, other.v)
        return self.v < other.v


print("tuple keys")
pairs = [(E(2), "b"), (E(1), "a"), (E(2), "a"), (E(1), "c")]
print([(e.v, s) for e, s in sorted(pairs)])
print([(e.v, s) for e, s in sorted(pairs, key=lambda p: (p[1], p[0]))])
print([(e.v, s) for e, s in sorted([(E(2), 1), (N(1), 2)], key=lambda p: p[0].v)])
nested = [((E(2),), 0), ((E(1),), 1)]
print([t[1] for t in sorted(nested)])
print([x.v for x in sorted([E(3), E(1)] + [E(2)], reverse=True)])
try:
    sorted([(E(1),), (N(2),)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(E(1),), ()] + [(E(0),)])
except TypeError as e:
    print("TypeError:", e)

print("mixed types")
log.clear()
try:
    sorted([R(1, 0), R(0, 1), 3])
except TypeError as e:
    print("TypeError:", e, log)


class Growing:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v


target = []
target.extend(Growing(v, target) for v in (3, 1, 2))
try:
    target.sort()
except ValueError as e:
    print("ValueError:", e, len(target))

print("NaN keys: the result depends on the comparison order")
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, 7.0, nan, 4.0]))
print(sorted([3, nan, 1.5, True, 2, nan, 0, -1.25, 7, 4.0, 9, 8, 1], reverse=True))
print(sorted([(1, nan), (0, 2.0), (1, 0.5), (0, nan), (1, -1.0)]))
print(sorted([nan if i % 7 == 3 else (i * 37) % 101 for i in range(150)])[::10])
