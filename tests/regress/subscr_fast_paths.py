# BINARY_SUBSCR / STORE_SUBSCR on exact lists with int indexes run inline; everything else
# (negative and out-of-range indexes, subclasses, bools, big ints) takes the general path.
items = [10, 20, 30]
print(items[0], items[2], items[-1], items[True], items[False])
items[1] = "b"
items[-1] = "c"
items[True] = "B"
print(items)
for bad in (3, -4, 2**70):
    try:
        items[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        items[bad] = 0
    except IndexError as e:
        print("IndexError:", e)


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


lg = Logged([1, 2, 3])
lg[0] = lg[1]
print(lg)
try:
    items["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    items[1.0] = 2
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * j
print(grid)
