# list.sort and sorted: key, reverse, stability, mixed types error, custom __lt__.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
import operator

print(sorted(records, key=operator.itemgetter(1, 0)))
by_age = sorted(records, key=operator.itemgetter(0))
by_age.sort(key=operator.itemgetter(1))
print(by_age)
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted([]), sorted([1.5, 1, True, 0]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Item({self.v})"


print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9)]), min(Item(4), Item(0)))
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(stable, key=lambda t: t[0]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a"], reverse=False))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-3:], sorted(big) == sorted(big, key=lambda x: -x)[::-1])
lst = [3, 2, 1]
print(lst.sort(), lst)
words2 = ["a", "B", "c", "D"]
words2.sort(key=str.upper, reverse=True)
print(words2)
