# Functions returning tuples, swapping, nested unpacking.
def min_max(seq):
    return min(seq), max(seq)

lo, hi = min_max([4, 9, 1, 7])
print(lo, hi)
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
