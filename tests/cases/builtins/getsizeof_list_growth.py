# sys.getsizeof of lists follows CPython 3.11's allocation: 56 + 8 * allocated, with
# list_resize's over-allocation on growth and shrinking when less than half full.
import sys

g = sys.getsizeof

print("literals", g([]), g([1]), g([1, 2, 3]), g([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), g(list()))
print("__sizeof__", [].__sizeof__(), [1, 2, 3].__sizeof__(), list.__sizeof__([0] * 5))

l = []
appends = []
for i in range(130):
    l.append(i)
    appends.append(g(l))
print("appends", appends)
pops = []
while l:
    l.pop()
    pops.append(g(l))
print("pops", pops)

sizes = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 16, 17, 100, 1000]
print("list(range)", [g(list(range(n))) for n in sizes])
print("comprehension", [g([i for i in range(n)]) for n in sizes])
print("[0]*n", [g([0] * n) for n in sizes])
print("[1,2]*n", [g([1, 2] * n) for n in sizes])
print("list(tuple)", [g(list(tuple(range(n)))) for n in sizes])
print("list(list)", [g(list([0] * n)) for n in sizes])
print("list(genexpr)", [g(list(x for x in range(n))) for n in sizes])
print("list(str)", [g(list("x" * n)) for n in sizes])
print("list(dict)", [g(list(dict.fromkeys(range(n)))) for n in sizes])
print("list(set)", [g(list(set(range(n)))) for n in sizes])
print("sorted", [g(sorted(range(n))) for n in sizes])
print("sorted(genexpr)", [g(sorted(x for x in range(n))) for n in sizes])
print("concat", [g([0] * n + [1]) for n in sizes])
print("unpack", [g([*range(n)]) for n in sizes])
print("unpack+1", [g([*range(n), 1]) for n in sizes])
print("1+unpack", [g([1, *range(n)]) for n in sizes])
print("unpack2", [g([*range(n), *range(n)]) for n in sizes])
print("list(map)", [g(list(map(str, range(n)))) for n in sizes])
print("list(zip)", [g(list(zip(range(n), range(n)))) for n in sizes])
print("list(enumerate)", [g(list(enumerate(range(n)))) for n in sizes])
print("list(reversed)", [g(list(reversed(range(n)))) for n in sizes])
print("list(iter(list))", [g(list(iter([0] * n))) for n in sizes])
print("list(filter)", [g(list(filter(None, range(n)))) for n in sizes])

print("-- mutations")
l = list(range(50)); l.clear(); print("clear", g(l)); l.append(1); print("append after clear", g(l))
l = list(range(50)); del l[10:]; print("del l[10:]", g(l))
l = list(range(50)); l[10:] = []; print("l[10:] = []", g(l))
l = list(range(50)); del l[:]; print("del l[:]", g(l))
l = list(range(50)); del l[::2]; print("del l[::2]", g(l))
l = list(range(50)); del l[::-1]; print("del l[::-1]", g(l))
l = list(range(50)); del l[5:5]; print("del l[5:5]", g(l))
l = list(range(5)); l.extend(range(10)); print("extend range", g(l))
l = list(range(5)); l.extend([1] * 10); print("extend list", g(l))
l = list(range(5)); l.extend(x for x in range(3)); print("extend genexpr", g(l))
l = list(range(5)); l.extend(l); print("extend self", g(l))
l = list(range(5)); l += [1] * 3; print("+=", g(l))
l = list(range(5)); l *= 3; print("*= 3", g(l))
l = list(range(5)); l *= 1; print("*= 1", g(l))
l = list(range(5)); l *= 0; print("*= 0", g(l))
l = []; l.insert(0, 1); print("insert", g(l))
l = [1, 2, 3]; l.append(4); print("literal then append", g(l))
l = [1, 2, 3]; l.remove(1); print("remove", g(l))
l = list(range(10)); l.sort(); l.reverse(); print("sort reverse", g(l))
l = list(range(10)); l.sort(key=lambda x: -x, reverse=True); print("sort key", g(l))
l = list(range(10)); print("copy", g(l.copy()), g(l[:]), g(l[2:5]), g(l + l), g(l[::2]))
l = [1]; l[1:1] = [2, 3, 4, 5, 6]; print("slice insert", g(l))
l = list(range(20)); l[2:18] = [0]; print("slice shrink", g(l))
l = list(range(20)); l[::2] = range(10); print("extended assign", g(l))
l = list(range(40))
out = []
for i in range(40):
    del l[0]
    out.append(g(l))
print("del l[0]", out)
l = [0] * 3
out = []
for i in range(20):
    l.insert(0, i)
    out.append(g(l))
print("insert front", out)
l = list(range(30))
out = []
while l:
    l.pop(0)
    out.append(g(l))
print("pop(0)", out)

print("-- str methods")
for expr in ['"".split()', '"a".split()', '"a b".split()', '" ".join("x" * 12).split()',
             '" ".join("x" * 13).split()', '" ".join("x" * 30).split()', '"a b c".split(maxsplit=1)',
             '"a b c".split(None, 0)', '"a,b".split(",")', '"".split(",")', '"abc".split("abcd")',
             '",".join("x" * 13).split(",")', '"a b c".rsplit()', '"a b c".rsplit(maxsplit=1)',
             '"a--b--c".split("--")', '"a\\nb".splitlines()', '"\\n".join("x" * 9).splitlines()']:
    print(expr, g(eval(expr)))
