# Comparisons between big ints, small ints and floats.
a = 2 ** 64
b = 2 ** 64 + 1
print(a < b, a == b, a != b, b > a, a <= a, -a < -b)
print(a > 10 ** 10, -a < -(10 ** 10), a == 18446744073709551616)
print(a == float(a), b == float(b), b > float(a), float(b) < b)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(a, b, 5), min(-a, -b, 5))
print(sorted([b, 3, a, -a, 0, -b]))
print(a in [1, 2, 2 ** 64], hash(a) == hash(2 ** 64))
