# + - * on big ints with mixed signs, and mixing with small ints.
a = 123456789012345678901234567890
b = -987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(a * 0, b * 1, a * -1, -b)
print(a + 1, b - 1, a - a, b + (-b))
print(a * a * a)
print(abs(b), abs(a) == a, -(-a) == a)
c = 2 ** 100
print(c + 1, c - 1, c * 3, c - (c - 5))
