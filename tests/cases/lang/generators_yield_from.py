# yield from: delegation of next/send/throw/close and the return value of the subgenerator.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    try:
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner handled", repr(e))
        yield "inner-after-throw"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-last"


g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("kk")))
print(next(g))
print(next(g, "end"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), {"k": 1})))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")


def delegator():
    yield from sub()


d = delegator()
next(d)
d.close()


def tree_sum():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v


def grouper(results, key):
    while True:
        results[key] = yield from tree_sum()


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)


def returns_value():
    yield 1
    return 99


def collects():
    v = yield from returns_value()
    return v * 2


try:
    c = collects()
    next(c)
    next(c)
except StopIteration as e:
    print("value", e.value)


def throws_through():
    yield from sub()


t = throws_through()
next(t)
try:
    t.throw(ValueError("through"))
except ValueError as e:
    print("out came", e)
