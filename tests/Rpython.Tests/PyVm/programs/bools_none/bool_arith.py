# bool is an int subclass: arithmetic, printing and conversions.
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(int(True), float(False), bool(1), bool(0), bool(-3), bool(""), bool("x"))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(True == 1, False == 0, True is True, True & False, True | False, True ^ True)
print(sum([True, True, False, True]), max(False, True))
print(bool([]), bool([0]), bool({}), bool(()), bool((0,)), bool(None), bool(0.0))
print(bool(), hash(True), hash(False))
