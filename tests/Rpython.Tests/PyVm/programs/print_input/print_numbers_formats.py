# print's str() of numbers: ints, big ints, floats, negative zero, special values.
print(0, -0, 10 ** 30, -(10 ** 30), 1.0, -0.0, 1e100, 1.5e-7, 0.1 + 0.2, float("inf"), float("-inf"))
print(1 / 3, 2 / 3, 10 / 4, 2 ** 0.5, 1e16, 123456789012345678.0, 5e-324)
print(True, False, None, [1.0, -0.0], (0.5,), {1.5: 2.25})
