# Generator finalisation: finally blocks run on close() and when the generator is released; return inside try/finally.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("close", name)


g = resource("a")
print(next(g))
del g
print("after del")
for item in resource("b"):
    if item.endswith("1"):
        break
print("after break")
gen = resource("c")
print(list(gen))


def finally_return():
    try:
        yield 1
        return "normal"
    finally:
        print("finally before StopIteration")


fr = finally_return()
next(fr)
try:
    next(fr)
except StopIteration as e:
    print("value", e.value)


def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


nf = nested_finally()
next(nf)
nf.close()


def gen_with_with():
    class CM:
        def __enter__(self):
            print("enter")

        def __exit__(self, *exc):
            print("exit", exc[0].__name__ if exc[0] else None)

    with CM():
        yield 1
        yield 2


w = gen_with_with()
next(w)
w.close()
w2 = gen_with_with()
print(list(w2))
print(resource("d").gi_frame is not None, resource.__code__.co_name)
exhausted = resource("e")
list(exhausted)
print(exhausted.gi_frame, exhausted.gi_running)
