# random with fixed seeds: the exact sequences CPython produces (Mersenne Twister).
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.randrange(50), random.getrandbits(64), random.getrandbits(3))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices(range(10), k=5))
print(random.choices("abc", weights=[1, 0, 5], k=6), random.choices("xy", cum_weights=[1, 2], k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8), random.sample("hello", 3), sorted(random.sample(range(5), 5)))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
random.seed("string seed")
print(random.random(), random.randint(0, 10 ** 12))
random.seed(b"bytes")
print(random.random())
random.seed(12345)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], first)
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice(["x", "y", "z"]), random.Random(7).random() == random.Random(7).random())
random.seed(2 ** 100)
print(random.random(), random.randbytes(8).hex())
random.seed(-5)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
random.seed(0)
print([round(random.gauss(10, 2), 6) for _ in range(4)], random.randrange(-10, 10, 3))
