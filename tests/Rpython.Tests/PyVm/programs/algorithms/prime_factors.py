# Trial-division factorization of big and small numbers.
def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors
for n in (2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143, 2 ** 40 * 3 ** 5, 10 ** 12 + 1):
    fs = factorize(n)
    p = 1
    for f in fs:
        p *= f
    print(n, fs, p == n)
