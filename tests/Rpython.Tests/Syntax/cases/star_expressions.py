# star-unpacking in calls, in every position
print(*a, *b, **c, **d, x=1)
f(*a)
f(**k)
f(a, *b, c, *d, e=1, **f, g=2, **h)
f(*a, b=1, *c)
f(x=1, *a)
f(*a or b, **c or d)
f(*(a, b), **{'k': v})
f(*[1, 2],)
f(**k,)
# in list, tuple, set and dict displays
[*a, *b]
[*a, 1, *b, 2]
(*a,)
*a, b
*a, *b,
{*a, *b}
{*a, 1}
{**a, **b}
{**a, 'k': 1, **b}
{'k': 1, **a,}
[*a | b, *(c or d)]
{**a | b}
# assignment targets
*a, b = c
a, *b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
[*a] = b
*a, = b
for *a, b in c:
    pass
for a, *b in c: pass
# return and yield of a starred tuple (3.8+)
def g():
    return *a, b
    yield *a, b
    return 1, *a
# subscripts with starred items (3.11)
a[*b]
a[*b, c]
a[c, *b]
a[*b, *c]
a[*b,]
a[*b] = c
del a[*b]
# starred expression in for iterables and in return with parentheses
for x in *a, *b:
    pass
x = *a, *b
x = (*a, *b)
x = [*range(3)]
