# Starred assignment targets: first, middle, last.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
[x, y, *others] = {"k1": 1, "k2": 2, "k3": 3}
print(x, y, others)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
