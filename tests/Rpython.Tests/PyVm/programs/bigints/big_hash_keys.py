# Big ints as dict keys and set members, equal to their small values when they shrink.
d = {}
for k in range(60, 70):
    d[2 ** k] = k
print(d[2 ** 65], len(d))
x = 2 ** 100
y = x - 2 ** 100 + 5
d[y] = "five"
print(d[5], y, type(y).__name__)
s = {2 ** 70, 2 ** 70, 2 ** 71 // 2, 5}
print(len(s), sorted(s))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 3), hash(-(2 ** 61)))
print(hash(10 ** 30) == hash(10 ** 30), 2 ** 64 in {2 ** 64: 1})
