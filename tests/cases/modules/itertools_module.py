# itertools: infinite, terminating and combinatoric iterators.
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.islice(it.count(1.5, 0.5), 3)), list(zip(it.repeat(0), "ab")))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain("ab", [1], (2,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, 4)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), list(it.combinations([], 0)))
print(next(it.count()), type(it.count()).__name__, repr(it.count(3)), repr(it.repeat(1, 2)))
try:
    list(it.islice(range(3), -1))
except ValueError as e:
    print(e)
grouped = {k: [x for x in g] for k, g in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])}
print(grouped)
