# Generator expressions that await are asynchronous generators: legal outside async functions.
(await x for x in y)


def f():
    return (await x for x in y), (i async for i in y)


g = lambda: (await x for x in y)


async def h():
    return [await x for x in y], {i async for i in y}, {k: await v async for k, v in y}
