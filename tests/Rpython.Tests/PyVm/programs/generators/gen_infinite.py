# Infinite generators consumed partially: primes, fibonacci, take-while.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
p = primes()
print([next(p) for _ in range(15)])
out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)
print(next(x for x in naturals() if x * x > 500))
