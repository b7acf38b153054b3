# __iter__/__next__, the old __getitem__ protocol, iter(callable, sentinel), for/while else.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(4)))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))


class Repeater:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


r = Repeater([1, 2])
print(list(r), list(r))

data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 9)))

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))

for i in range(3):
    pass
else:
    print("for-else runs without break")

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    break
else:
    print("not printed")

try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 1


try:
    iter(BadIter())
except TypeError as e:
    print(e)

it = iter([1, 2])
print(iter(it) is it)
print(next(it), next(it), next(it, None))
ri = reversed([1, 2, 3])
print(type(ri).__name__, list(ri))


class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


print(list(reversed(Rev())))
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
