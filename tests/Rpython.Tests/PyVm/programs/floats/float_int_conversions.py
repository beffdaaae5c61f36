# int() truncates toward zero; math.floor/ceil/trunc return ints.
import math
for v in [2.7, -2.7, 2.5, -2.5, 0.1, -0.1, 1e10, -1e10, 3.0, 1e18, 2.0 ** 70]:
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v))
print(type(math.floor(2.5)).__name__, float(int(7.9)))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print(2.5.is_integer(), 3.0.is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (2.25).as_integer_ratio(), (-0.125).as_integer_ratio())
