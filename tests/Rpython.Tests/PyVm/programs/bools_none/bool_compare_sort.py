# Bools compare and sort as 0 and 1; they act as dict keys equal to 0 and 1.
print(sorted([True, False, True, 0, 1, -1]))
print(True > False, False < 1, True == 1.0)
d = {0: "zero", 1: "one"}
d[True] = "true"
d[False] = "false"
print(d)
print([1, 0, 2][True], "ab"[False])
flags = [x % 3 == 0 for x in range(10)]
print(flags, flags.count(True), sum(flags))
print(any(flags), all(flags), all([]), any([]))
