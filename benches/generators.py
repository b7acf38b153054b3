# Generators: pipelines of generator functions and expressions, send(), yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def delegate(n):
    yield from numbers(n)
    yield from (x * 3 for x in range(n))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def main():
    total = sum(squares(evens(numbers(10000000))))
    chunks = sum(len(c) for c in chunked(numbers(2000000), 7))
    delegated = sum(delegate(2000000))
    avg = averager()
    next(avg)
    last = 0.0
    for i in range(2000000):
        last = avg.send(i % 100)
    print("total", total, "chunks", chunks, "delegated", delegated, "avg", round(last, 6))


main()
