# iter() and next() on builtin iterables, iter with a sentinel.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
d = {"a": 1, "b": 2}
print(list(iter(d)), next(iter(d.items())))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 5)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = iter("xy")
print(list(s), list(s))
