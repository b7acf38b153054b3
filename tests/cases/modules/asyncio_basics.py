# asyncio: run, create_task ordering, gather, wait_for timeouts, sleep(0) interleaving, Queue, Lock, Event, futures.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done"


async def main():
    t1 = asyncio.create_task(worker("a", 3), name="task-a")
    t2 = asyncio.create_task(worker("b", 2))
    print(t1.get_name(), t1.done())
    results = await asyncio.gather(t1, t2, worker("c", 1))
    print(results, log)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()

    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    lock = asyncio.Lock()
    shared = []

    async def locked(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)

    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print("lock", shared)
    event = asyncio.Event()

    async def setter():
        await asyncio.sleep(0)
        event.set()

    asyncio.create_task(setter())
    await event.wait()
    print("event", event.is_set())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut)
    done, pending = await asyncio.wait([asyncio.create_task(worker("w", 1))])
    print(len(done), len(pending), done.pop().result())

    async def fails():
        raise ValueError("task failed")

    results = await asyncio.gather(fails(), worker("ok", 1), return_exceptions=True)
    print([repr(r) for r in results])
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    return "main result"


print(asyncio.run(main()))
order = []


async def tick(n):
    order.append(n)


async def schedule():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, order.append, "later")
    loop.call_soon(order.append, "soon")
    await tick("coro")
    await asyncio.sleep(0.02)


asyncio.run(schedule())
print(order)
