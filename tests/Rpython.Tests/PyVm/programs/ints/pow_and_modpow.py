# ** with int exponents, negative exponents give floats, and three-argument pow.
print(2 ** 10, 3 ** 5, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(0 ** 0, 1 ** 100, 7 ** 1, 7 ** 0)
print(2 ** -1, 4 ** -2, (-2) ** -3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(3, 4, 5), pow(10, 20, 7))
print(pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(5, 0, 1), pow(0, 0, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
