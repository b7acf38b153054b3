# Iterables versus iterators in classes, __iter__ returning generators, __contains__ fallbacks, __next__ exhaustion.
class LinkedList:
    class Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = self.Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"


ll = LinkedList(1, 2, 3)
print(ll, len(ll), list(ll), 2 in ll, 5 in ll, sum(ll), max(ll), sorted(ll, reverse=True), list(zip(ll, ll)))


class Range:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return RangeIterator(self.n)


class RangeIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
it = iter(r)
print(next(it), list(it), next(it, "done"))


class Contains:
    def __contains__(self, item):
        return item == "magic"


print("magic" in Contains(), "other" in Contains(), "other" not in Contains())


class NotIterable:
    __iter__ = None


try:
    iter(NotIterable())
except TypeError as e:
    print(e)
try:
    1 in NotIterable()
except TypeError as e:
    print(e)


class GetItemOnly:
    def __getitem__(self, key):
        if key > 2:
            raise IndexError
        return key * 11


print(list(GetItemOnly()), 22 in GetItemOnly(), list(enumerate(GetItemOnly())))
a, b, c = GetItemOnly()
print(a, b, c)
print(dict.fromkeys(LinkedList("x", "y")), set(Range(4)), tuple(LinkedList()))
