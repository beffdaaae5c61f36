# Unpacking in for loops: pairs, nested tuples, starred.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name)
for i, (n, name) in enumerate(pairs):
    print(i, n, name[::-1])
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"x": [1, 2], "y": [3, 4]}
for k, (u, v) in d.items():
    print(k, u * v)
