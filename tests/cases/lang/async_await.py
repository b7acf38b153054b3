# async/await driven by hand with send(): coroutine objects, __await__, types.coroutine, awaitables.
import types


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        received = yield self.value
        return f"resumed with {received}"


async def child(x):
    r = await Suspend(f"child {x} suspends")
    return f"child({x}) -> {r}"


async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]


coro = parent()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send("first"))
try:
    coro.send("second")
except StopIteration as e:
    print("result:", e.value)


@types.coroutine
def legacy_sleep(tag):
    got = yield ("sleep", tag)
    return got


async def uses_legacy():
    v = await legacy_sleep("t1")
    w = await legacy_sleep("t2")
    return v + w


def run(coro):
    """A tiny trampoline: answers every yielded request with a counter."""
    answer = None
    step = 0
    while True:
        try:
            request = coro.send(answer)
        except StopIteration as e:
            return e.value
        step += 1
        print("request", request)
        answer = step * 10


print(run(uses_legacy()))


async def raiser():
    await Suspend("before raise")
    raise ValueError("in coroutine")


c = raiser()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("caught", e)

c2 = child(9)
c2.send(None)
try:
    c2.throw(KeyError("thrown in"))
except KeyError as e:
    print("throw propagated", repr(e))

c3 = child(3)
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c4 = child(4)
try:
    c4.send(None)
    c4.send(1)
except StopIteration:
    pass
try:
    c4.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def not_awaitable():
    await 5


try:
    not_awaitable().send(None)
except TypeError as e:
    print("TypeError:", e)


class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Suspend("in aenter")
        return "cm-value"

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False


class AsyncIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen(n):
    for i in range(n):
        await Suspend(f"agen {i}")
        yield i * 100


async def main():
    async with AsyncCM() as v:
        print("inside", v)
    items = []
    async for i in AsyncIter(3):
        items.append(i)
    print("async for", items)
    print("async comprehension", [x async for x in agen(3)])
    return "main done"


print("main:", run(main()))
print(type(agen(1)).__name__)
import inspect

print(inspect.iscoroutinefunction(parent), inspect.iscoroutine(coro), inspect.isawaitable(Suspend(1)))
c5 = parent()
c5.close()
