# Closures: cells, __closure__, late binding, shared cells.
def make_adder(n):
    def add(x):
        return x + n

    return add


add5 = make_adder(5)
print(add5(10), add5.__closure__[0].cell_contents)
print(len(add5.__closure__), add5.__code__.co_freevars)
print(make_adder.__code__.co_cellvars)

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])


def shared():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


get, set_ = shared()
set_(99)
print(get())
print(get.__closure__[0] is set_.__closure__[0])


def counter_factory():
    counts = {}

    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    return count


c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(c("a"), c("b"), c("z"))


def plain():
    pass


print(plain.__closure__)


def outer():
    x = 1

    def middle():
        def inner():
            return x

        return inner

    x = 2
    return middle()


print(outer()())


def cell_empty():
    def inner():
        return later

    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 3
    return cell.cell_contents


print(cell_empty())
