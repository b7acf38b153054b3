# Closures: creating and calling nested functions, nonlocal counters, function factories.
def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def main():
    counter = make_counter()
    for i in range(8000000):
        counter(i & 3)
    adders = [make_adder(i) for i in range(100)]
    total = 0
    for _ in range(40000):
        for add in adders:
            total = add(total) & 0xFFFFFF
    pipeline = compose(make_adder(1), compose(make_adder(2), make_adder(3)))
    acc = 0
    for i in range(2000000):
        acc = pipeline(acc) % 999983
    print("counter", counter(0), "total", total, "acc", acc)


main()
