# collections.deque and Counter.
from collections import deque, Counter

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(1), d.index(3), 3 in d)
d.remove("a")
d.reverse()
print(d, list(reversed(d)), d.copy() == d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
d.clear()
try:
    d.pop()
except IndexError as e:
    print(e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print(e)
print(deque(), deque("xy", maxlen=1), deque([1, 2]) + deque([3]), deque([1]) * 2, repr(deque([], 5)))
dd = deque([1, 2, 3, 4])
dd.insert(2, "mid")
del dd[0]
dd[0] = "first"
print(dd, dd[1:2] if False else list(dd)[1:3])
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6])
c.update("aaz")
c.subtract({"a": 5})
print(c, c.total(), sum(c.values()))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, -Counter(a=-2, b=1), +Counter(a=-1, b=2))
print(Counter(words := "the cat the hat the end".split()).most_common(1), Counter({"x": 2}) == Counter(x=2))
print(Counter([1, 1, 2]).most_common(), dict(Counter("aab")), list(Counter("cab")))
del c["z"]
print("z" in c, c.get("q", 0), repr(Counter()), Counter("hello").keys())
