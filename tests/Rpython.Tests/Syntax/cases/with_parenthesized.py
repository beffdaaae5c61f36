# plain and multiple items
with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
# parenthesised item lists (3.9+), trailing commas
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open('x') as f,
    open('y') as g,
):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a) as b:
    pass
with (a as b):
    pass
with ((a)) as (b):
    pass
with (yield):
    pass
# targets of every shape
with a as (b, c):
    pass
with a as [b, *c]:
    pass
with a as b.c, d as e[0], f as (g):
    pass
# a tuple expression vs a parenthesised item list
with (a, b,) as c:
    pass
with (a, b), c:
    pass
with (a for a in b):
    pass
with f(a) as b, (c):
    pass
# async with
async def f():
    async with a as b, (c) as d:
        pass
    async with (
        a as b,
        c,
    ):
        pass
# one-line bodies
with a: pass
with a as b: x; y
