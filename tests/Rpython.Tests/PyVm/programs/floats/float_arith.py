# Float arithmetic, mixed int/float operations, floor division and modulo on floats.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(3 + 0.5, 3 * 1.5, 10 - 0.25, 1 / 4.0, 2 ** 0.5, 4 ** 0.5, 2.0 ** 10)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 1e308 * 10, -1e308 * 10)
print(5.0 % 3, -5.0 % 3, 5.5 % -2, 1e-300 * 1e-300)
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
print(2.0 ** -2, (-8.0) ** 3, 10.0 ** 15, 10.0 ** 16)
