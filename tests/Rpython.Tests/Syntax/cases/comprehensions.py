# the four kinds
[x for x in y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
# several for/if clauses, nested comprehensions
[x * y for x in a if x for y in b if y if x != y]
[[j for j in range(i)] for i in range(3)]
{(i, j): [k for k in ()] for i in a for j in b}
# targets: tuples, starred, attributes, subscripts, parenthesised
[a for a, b in c]
[a for (a, b) in c]
[a for [a, *b] in c]
[a for a.b in c]
[a for a[0] in c]
[a for a, in c]
# iterables: conditional expressions need parentheses; lambda, or
[x for x in (a if b else c)]
[x for x in a or b]
[x for x in (lambda: y)()]
[x for x in (*a, *b)]
# conditions with walrus, lambda, boolean operators
[y for x in data if (y := f(x))]
[x for x in a if x if not x if (lambda: x)]
# generator expression as sole argument vs with other arguments
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(*(x for x in y))
sum(x for x in range(10))
print(
    x
    for x in y
)
obj.method(x for x in y)[0]
# async comprehensions
async def g():
    [x async for x in a]
    {x: y async for x, y in a if await x}
    (x async for x in a)
    [await x for x in a]
    [x for x in await a]
    [x async for x in a async for y in x for z in y]
# element expressions that are conditional expressions or yields
[a if b else c for d in e]
[(yield) for _ in ()]
