# list.sort/sorted: the fast path for simple keys must give exactly the order of `<`, keep
# equal items stable (also with reverse=True), call key functions in the original order, and
# fall back for mixed or unorderable keys with CPython's errors.
def key_logged(x):
    print("key", x)
    return x % 3


print(sorted([5, 3, 4, 1], key=key_logged, reverse=True))
data = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3.5, -0.0, 0.0, -2, 1e300, float("inf")]))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]), sorted([2, 1.5, True, False]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted(["b", "a", "é", "Z", "ä", "aa", ""]), sorted("hello world"))
print(sorted([(1, 2), (1,), (1, 2, 0), (0, 5)]))
print(sorted([[3], [1, 2], [1]]), sorted([(1, "x"), (1, 2)], key=lambda t: t[0]))
big = [2**70, -(2**70), 5, 2**63, -3]
print(sorted(big))
words = ["pear", "fig", "apple", "kiwi", "date"]
words.sort(key=len)
print(words)
words.sort(key=str.upper, reverse=True)
print(words)
nums = list(range(20, 0, -1))
nums.sort()
print(nums[:5])
nums.sort(reverse=True)
print(nums[:5])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 2, 1], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted([True, 1, False, 0]), sorted([(True, 1), (1, 0)]))
