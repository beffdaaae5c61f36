# yield as a statement, bare and with values, yield from
def g():
    yield
    yield 1
    yield 1, 2
    yield 1,
    yield *a, b
    yield from a
    yield from (a, b)
    yield from f()
    yield from (yield)
# yield as an expression needs parentheses, except on the right of = and in returns
def h():
    x = yield
    x = yield 1
    x = yield from g()
    x += yield
    x: int = yield
    f((yield))
    f((yield), (yield 1))
    print((yield from g()))
    (yield)
    y = (yield)
    z = [(yield)]
    w = {(yield): (yield)}
    return (yield)
    await_ = (yield) + 1
    s = (yield)[0]
    t = ((yield), (yield))
    u = (yield) if (yield) else (yield)
    a[(yield)] = 1
    v = not (yield)
    lambda: (yield)
    if (yield):
        pass
    while (yield x):
        pass
    with (yield) as z:
        pass
    for i in (yield):
        pass
    del (yield).attr
    yield (yield)
    yield (yield (yield))
