# Floor division and modulo follow the sign of the divisor; divmod returns both.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 5):
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r, q * b + r == a)
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7))
