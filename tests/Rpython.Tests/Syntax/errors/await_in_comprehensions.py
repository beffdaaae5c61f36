def f():
    return [await x for x in y]


def g():
    return ((await q) for i in (await z))


[await x for x in y]
