# Comparisons between ints and floats are exact, even for big ints.
print(1 == 1.0, 1 < 1.5, 2 > 1.9999999, -1 == -1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
print(sorted([3, 1.5, -2, 2.5, 0, -0.5]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.5), min(-1, -1.5))
print(1.0 in [1, 2], 2 in [1.0, 2.0], [1, 2.0] == [1.0, 2])
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5))
