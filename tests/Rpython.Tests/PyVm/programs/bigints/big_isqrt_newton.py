# Integer square roots of big numbers by Newton's method; digits of sqrt(2).
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in (0, 1, 15, 16, 17, 10 ** 20, 10 ** 41, 2 ** 127):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 100))
