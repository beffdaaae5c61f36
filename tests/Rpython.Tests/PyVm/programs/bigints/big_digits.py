# Digit manipulations on big ints: digit sums, reversing, palindromes.
n = 2 ** 1000
digits = str(n)
print(len(digits), sum(int(c) for c in digits))
print(digits[:15], digits[-15:])
r = int(digits[::-1])
print(r % 1000, r > n)
def digit_sum(m):
    s = 0
    while m:
        m, d = divmod(m, 10)
        s += d
    return s
print(digit_sum(3 ** 500), digit_sum(7 ** 77))
x = 196
for i in range(30):
    x = x + int(str(x)[::-1])
print(x)
