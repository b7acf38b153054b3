def gen(it):
    received = yield 1
    yield from it
    return received
async def coro(aw):
    async with aw as v:
        async for item in v:
            await item
    return [i async for i in aw]
