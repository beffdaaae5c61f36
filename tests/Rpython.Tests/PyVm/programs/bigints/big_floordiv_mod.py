# // % and divmod with big operands and all sign combinations.
a = 10 ** 30 + 7
b = 10 ** 12 + 39
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
    q, r = divmod(x, y)
    print(q, r, q * y + r == x)
print(a // 7, a % 7, -a // 7, -a % 7)
print(a // (10 ** 30), a % (10 ** 30))
print(2 ** 200 // 3 ** 100)
print((2 ** 200) % (3 ** 50))
print(12 // a, -12 // a, 12 % a == 12, -12 % a == a - 12)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
