import random, warnings
warnings.simplefilter('ignore')
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in [0, 1, 12345, -7, 2**100, 3.5, 'hello', b'bytes', bytearray(b'ba'), '']:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(10), r.randint(-5, 5), r.randrange(0, 100, 7), r.randrange(2**80), r.getrandbits(70), r.choice('abcdef'))
r = random.Random(42)
print([r.random() for _ in range(3)], r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2), r.gauss(), r.gauss(5, 2), r.gauss(), r.normalvariate(), r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5))
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 5), r.sample(range(10**6), 8), r.sample('abcde', 5), r.sample(['a', 'b'], 3, counts=[2, 3]), r.choices('abc', k=5), r.choices('abc', [1, 5, 1], k=5), r.choices('abc', cum_weights=[1, 2, 10], k=4))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), st[0], len(st[1]))
r.seed('x', version=1); print(r.random()); r.seed(b'x', version=1); print(r.random())
random.seed(7); print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]), random.sample(range(5), 2))
for f in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(0, 10, 0), lambda: r.randrange(10, 0, 2), lambda: r.randrange(1.5), lambda: r.randrange(2.0), lambda: r.randrange(1, 2.5), lambda: r.randrange(5, step=2), lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.choices([1, 2], [1]), lambda: r.choices([1], [0]), lambda: r.choices([1], 3), lambda: r.gammavariate(0, 1), lambda: r.setstate((9,)), lambda: r.seed([]), lambda: r.getrandbits(-1), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.sample([1, 2], 1, counts=[1.0, 1]), lambda: random.SystemRandom().getstate(), lambda: r.choices('a', weights=[1], cum_weights=[1])]:
    t(f)
class MyRandom(random.Random):
    def random(self): return 0.3
print(MyRandom().randrange(10), MyRandom().choice('abcdefghij'), MyRandom()._randbelow.__name__)
sr = random.SystemRandom(); print(0 <= sr.random() < 1, sr.getrandbits(8) < 256, len(sr.randbytes(4)), 1 <= sr.randint(1, 3) <= 3)
print(sorted(random.__all__), random.NV_MAGICCONST, random.SG_MAGICCONST, random.BPF)
import copy; r2 = copy.copy(random.Random(3)); print(r2.random())
