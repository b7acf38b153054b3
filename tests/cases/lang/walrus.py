# Assignment expressions (:=): in conditions, comprehensions (binding in the enclosing scope), loops.
import re

data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print(f"list has {n} items")

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)

print([y for x in data if (y := x * 2) > 10])
print("y leaked from comprehension:", y)
total = 0
print([total := total + x for x in data], total)
m = re.match(r"(\d+)-(\d+)", "10-20")
if m and (groups := m.groups()):
    print(groups)
print((z := 5) + z)


def f():
    [w := i for i in range(3)]
    return w


print(f())
print(any((hit := x) > 10 for x in data), hit)
stuff = {"a": 1}
if (val := stuff.get("b")) is None:
    print("missing", val)
print([(a := 1), a + 1])
