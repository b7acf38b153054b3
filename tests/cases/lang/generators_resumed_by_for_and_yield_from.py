# Generators driven by for loops and yield from (resumed inside the caller's eval loop):
# values, return values, PEP 479, tracebacks, exceptions handled across yields, gi_running,
# f_back, the recursion limit, send through yield from.
import sys
def numbers(n, step=1):
    k = 0
    while k < n:
        yield k
        k += step
def thirds(src):
    for v in src:
        if v % 3 == 1:
            yield v
print(sum(v + 1 for v in thirds(numbers(100))))
print(list(v * 2 for v in thirds(numbers(20, 2))))
def d(n):
    r = yield from numbers(n)
    yield from (x*3 for x in range(n))
    return r
print(list(d(5)))
def ret():
    yield 1
    return 42
def dd():
    r = yield from ret()
    print("got", r)
    yield r
print(list(dd()))
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad(): print(x)
except RuntimeError as e:
    print("RT", e, type(e.__cause__))
def err():
    yield 1
    1/0
try:
    for x in err(): print(x)
except ZeroDivisionError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
def inexc():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
for v in inexc():
    print(v, sys.exc_info()[0])
def running():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        yield str(e)
g = running()
for v in g: print(v)
def fr():
    yield sys._getframe().f_back.f_code.co_name
def caller():
    for v in fr(): print("back", v)
caller()
def rec(n):
    if n:
        for x in rec(n-1):
            yield x
    else:
        yield 0
sys.setrecursionlimit(100)
try:
    print(list(rec(200)))
except RecursionError as e:
    print("RecursionError", e)
print(list(rec(50)))
def sender():
    x = yield 1
    while True:
        x = yield x * 2
def deleg():
    yield from sender()
dg = deleg()
print(next(dg), dg.send(3), dg.send(5))
g = numbers(3)
for x in g:
    print(x, g.gi_frame is not None)
print(g.gi_frame)
