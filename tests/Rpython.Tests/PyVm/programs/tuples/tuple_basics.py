# Tuples: creation, singletons, indexing, slicing, concatenation, comparison, hashing as keys.
t = (1, "a", 2.5)
print(t, len(t), t[1], t[-1], t[::-1], t[1:], (), (1,), tuple("ab"), tuple([1, 2]))
print(t + (None,), (0,) * 3, 1 in t, t.index("a"), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0], hash((1, 2)) == hash((1, 2)))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
