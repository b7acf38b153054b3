# iter(callable, sentinel) with files and counters, next() defaults, StopIteration propagation, exhausted iterators.
import io

stream = io.StringIO("first\nsecond\n\nafter blank\n")
print(list(iter(stream.readline, "\n")))
print(repr(stream.readline()))
blocks = io.BytesIO(b"abcdefghij")
print(list(iter(lambda: blocks.read(3), b"")))
state = {"n": 0}


def step():
    state["n"] += 1
    if state["n"] > 10:
        raise RuntimeError("sentinel never reached")
    return state["n"] * state["n"]


print(list(iter(step, 25)), state)
it = iter(step, 0)
print(next(it), next(it))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
empty = iter([])
print(next(empty, "d1"), next(empty, None), list(empty))
gen = (x for x in range(2))
print(next(gen), next(gen), next(gen, "exhausted"), next(gen, "still exhausted"))


def raises_stop():
    raise StopIteration("from callable")


try:
    list(iter(raises_stop, None))
except StopIteration as e:
    print("StopIteration escaped?", e)
else:
    print("iter(callable) treats StopIteration as the end")
print(list(iter(raises_stop, None)))
ci = iter([1, 2, 3])
print(list(zip(ci, ci)), list(ci))
print(sum(1 for _ in iter(int, 1)) if False else "iter(int, 0) would stop at once:", list(iter(int, 0)))
