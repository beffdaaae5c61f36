# ** on floats: fractional exponents, zero and negative bases.
print(9.0 ** 0.5, 8.0 ** (1 / 3), 2.0 ** 0.5, 10 ** -2, 10.0 ** -2)
print(0.0 ** 0, 0.0 ** 2, (-2.0) ** 2, (-2.0) ** 3, 1.0 ** 1e308)
print(pow(2.0, 3), pow(2, 0.5), pow(-1.0, 2), 1.5 ** 2.5)
print(2 ** 1023 * 1.0, 2.0 ** -1074, 2.0 ** -1075)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8.0) ** 3.0, (-0.5) ** -2)
