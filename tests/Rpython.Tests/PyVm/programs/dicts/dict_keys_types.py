# Keys of many hashable types: ints, negative ints, big ints, floats, tuples, None, bools, frozensets.
d = {}
keys = [0, -1, 2 ** 80, 1.5, (1, 2), None, "s", frozenset({1, 2}), -2 ** 80, (), ("a", (1,))]
for i, k in enumerate(keys):
    d[k] = i
for k in keys:
    print(repr(k), d[k])
print(d[1.0 + 0.5], d[frozenset([2, 1])], d[2 ** 40 * 2 ** 40], len(d))
d[True] = "t"
d[0.0] = "z"
print(d[1], d[0], len(d))
