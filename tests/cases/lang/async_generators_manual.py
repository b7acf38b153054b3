# Async generators driven without an event loop: asend, athrow, aclose; awaitables with __await__ returning iterators.
import types


@types.coroutine
def pause(value):
    return (yield value)


async def agen():
    try:
        got = await pause("first pause")
        x = yield f"yielded after {got}"
        yield f"received {x}"
        await pause("second pause")
        yield "last"
    finally:
        print("agen finally")


def drive(awaitable, replies):
    it = awaitable.__await__()
    reply = None
    while True:
        try:
            request = it.send(reply)
        except StopIteration as e:
            return e.value
        print("  suspended with", request)
        reply = replies.pop(0) if replies else None


g = agen()
print(type(g).__name__, type(g.__anext__()).__name__)
print(drive(g.__anext__(), ["reply-1"]))
print(drive(g.asend("sent"), []))
print(drive(g.__anext__(), ["r2"]))
try:
    drive(g.__anext__(), [])
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = agen()
drive(g2.__anext__(), ["x"])
try:
    drive(g2.athrow(ValueError("thrown")), [])
except ValueError as e:
    print("athrow propagated:", e)
g3 = agen()
drive(g3.__anext__(), ["y"])
print(drive(g3.aclose(), []))


class Awaitable:
    def __await__(self):
        return iter(["a", "b"])


async def uses():
    return await Awaitable()


print(drive(uses(), []))
