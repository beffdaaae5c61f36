# Unpacking dicts (keys), strings, ranges and generators.
x, y = {"first": 1, "second": 2}
print(x, y)
(k1, v1), (k2, v2) = {"a": 1, "b": 2}.items()
print(k1, v1, k2, v2)
p, q, r = "pqr"
print(r, q, p)
i, j, k = range(3)
print(i + j + k)
m, n = (c * 2 for c in "mn")
print(m, n)
