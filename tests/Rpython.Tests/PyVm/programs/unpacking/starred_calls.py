# * and ** in calls: spreading sequences and mappings.
def f(a, b, c, d=0):
    return (a, b, c, d)

args = [1, 2]
print(f(*args, 3), f(*"xyz"), f(0, *range(2), d=9), f(*args, *[3], *()))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw), f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"b": 2}, **{"c": 3}))
print(*[1, 2, 3], sep="-")
print(*"abc")
try:
    f(1, 2, **{"a": 5, "c": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
