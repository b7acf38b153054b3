# dict: construction, methods, ordering, views, merging, errors, comparison.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("missing", "default"), d)
d["b"] = 20
print(d, d.popitem(), d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d.update({"a": -1}, extra=5)
d.update([("pair", 1)])
print(d)
del d["new"]
print(d, d.copy() == d, d.copy() is not d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
e = {"z": 1, "y": 2}
e["z"] = 5
print(list(e))
del e["z"]
e["z"] = 6
print(list(e))
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
f = {"a": 1}
f |= {"a": 2, "c": 3}
print(f)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}[(1, 2)])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
try:
    for k in counts:
        counts[k + k] = 0
except RuntimeError as e:
    print(e)
g = {"k": 1}
g.clear()
print(g, dict(), repr({"q": {"nested": [1]}}), {None: None})
print(list(reversed({"a": 1, "b": 2})), next(iter({"first": 0, "second": 1})))
try:
    {} < {}
except TypeError as e:
    print(e)
print(dict(zip("abc", range(3))), {k: v for k, v in [("x", 1)]})
