# Basic arithmetic on small ints: + - * // % and unary minus.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(-a, +a, -(-a))
print(0 - 0, 0 * -1, -0)
x = 3
x += 4
x *= 2
x -= 1
x //= 3
x %= 3
print(x)
print(2 + 3 * 4 - 6 // 2 % 4)
print((2 + 3) * (4 - 6) // 2)
