# Fibonacci by fast matrix exponentiation with big ints, checked against iteration.
def mat_mult(a, b):
    return [[a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
            [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]]]
def fib(n):
    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(fib(500) == a, len(str(fib(1000))), fib(100), fib(1000) % 1000000007, str(fib(2000))[:20])
