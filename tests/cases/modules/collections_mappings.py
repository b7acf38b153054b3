# collections: defaultdict, OrderedDict, namedtuple, ChainMap, UserDict/UserList.
from collections import defaultdict, OrderedDict, namedtuple, ChainMap, UserDict, UserList

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    dd[word[0]].append(word)
print(dd, dd["z"], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), repr(defaultdict(None)), defaultdict(lambda: "x")["k"])
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p
print(x + y, isinstance(p, tuple), Point.__name__, len(p), hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
print(Person("Al", 3), Person._field_defaults, Person("B", 1, "X").city)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Bad", ["class", "ok"])
except ValueError as e:
    print(e)
R = namedtuple("R", ["a", "class", "a"], rename=True)
print(R._fields)
base = {"color": "red", "size": "M"}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps == [override, base])
cm["new"] = 1
print(override, cm.parents, cm.new_child({"z": 0})["z"])


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper()
u["abc"] = 1
print(u, u.data, "ABC" in u)
ul = UserList([3, 1, 2])
ul.sort()
print(ul, type(ul + [4]).__name__, ul.data)
