# Negative big ints: floor division rounds toward minus infinity, shifts of negatives.
n = -(10 ** 25) - 3
print(n // 10, n % 10, n // -10, n % -10)
print(n >> 1, n >> 64, n >> 100, n << 1)
print(n & 0xFF, n | 0xFF, n ^ -1)
print(abs(n), -n, n * n)
print(divmod(n, 2 ** 40))
print(round(n, -20), round(-(10 ** 25) - 5 * 10 ** 19, -20))
