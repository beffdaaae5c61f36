# parameter lists of every shape
lambda: 0
lambda x: x
lambda x,: x
lambda x, y=1, *args, z, w=2, **kw: 0
lambda *, a: a
lambda *, a=1,: a
lambda a, /, b: 0
lambda a, /: 0
lambda a=1, /, b=2, *, c=3: 0
lambda *a: a
lambda **k: k
lambda *a, **k,: 0
# lambda in conditional expressions, and conditional expressions in lambda
lambda: a if b else c
(lambda: a) if b else c
x if y else lambda: z
a if b else lambda: c if d else e
# lambda as default argument, in calls and keyword arguments
def f(key=lambda x: x, cmp=lambda a, b=lambda: 0: a):
    pass
sorted(items, key=lambda t: (t[1], -t[0]))
f(lambda: 0, lambda: 1)
# nested lambdas, lambda bodies with boolean operators and walrus-free tuples
lambda x: lambda y: x + y
lambda: (yield)
lambda: (x, y)
lambda: x, y
lambda x: not x or x and x
lambda: [x for x in range(3)]
lambda: (x := 1)
# lambda inside collection displays, subscripts and slices
[lambda: 1, lambda: 2]
{'k': lambda: 1}
d[lambda: 0]
s[lambda: 0:]
# lambda with starred-expression body is a tuple only in parentheses
lambda: (*a,)
