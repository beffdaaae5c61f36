# type() of values, type comparisons, type names.
values = [1, 2.0, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(3), len, lambda: 0]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(type(1)) is type, type(None).__name__)
class K: pass
print(type(K()).__name__, type(K).__name__, type(K()) is K)
