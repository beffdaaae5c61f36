# Union, intersection, difference, symmetric difference, as operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [8])), a.intersection(b, {5}), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(range(4, 9))))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {5}, a > {1, 2, 3, 4, 5})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
print(a == {5, 4, 3, 2, 1}, a != b)
