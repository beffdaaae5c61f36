# async def, await forms
async def f():
    await x
    await x.y
    await x()
    await x[0]
    await (yield)
    await (await x)
    return await x
    y = await x
    y = await x + await y
    y = await x ** 2
    y = -await x
    y = not await x
    y = [await z for z in w]
    y = await f(await g())
    await x.y.z(1)(2)
    del (await x).y
    (await x).y = 1
# async for and async with, with else
async def g():
    async for x in y:
        pass
    else:
        pass
    async for (a, b) in c: pass
    async with a as b, c as d:
        pass
    async with (a as b):
        pass
# async generators, async comprehensions, await inside f-strings
async def h():
    yield 1
    yield await x
    [x async for x in y]
    f'{await x}'
    async def nested():
        await nested()
# async/await as ordinary names are keywords now: attribute names are fine
x.async_ = 1
def not_async():
    lambda: (yield)
