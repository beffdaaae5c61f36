# Results that shrink back into the machine word behave like small ints.
a = 2 ** 70
b = a - (2 ** 70 - 42)
print(b, b + 1, b * 2, b // 5, b % 5, b == 42, str(b))
print([0, 1, 2, 3][b - 40], "abc"[b - 41], range(100)[b])
print(a // a, a % a, -a // a, (a * 3) // a)
print(a >> 70, (a + 5) & 7, a ^ a)
print((10 ** 20 - 10 ** 20 + 7) ** 2)
