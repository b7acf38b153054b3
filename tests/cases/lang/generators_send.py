# send(): yield as an expression, priming, TypeError for non-None on a fresh generator.
def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"


e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as s:
    print("return:", s.value)

fresh = echo()
try:
    fresh.send("x")
except TypeError as err:
    print("TypeError:", err)


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in (10, 20, 30, 5):
    print(avg.send(v))


def consumer():
    log = []
    try:
        while True:
            item = yield
            log.append(item.upper())
    except GeneratorExit:
        print("consumer closing with", log)


def producer(target, items):
    next(target)
    for item in items:
        target.send(item)
    target.close()


producer(consumer(), ["a", "b", "c"])


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = accumulate()
next(acc)
acc.send(1)
acc.send(2)
try:
    acc.send(None)
except StopIteration as s:
    print("final", s.value)


def running_gen():
    yield g2.send(None)


g2 = running_gen()
try:
    next(g2)
except ValueError as err:
    print("ValueError:", err)
