# Left shifts and powers that leave the machine word.
for n in (31, 32, 62, 63, 64, 65, 100):
    print(n, 1 << n, -1 << n)
print(2 ** 63, 2 ** 64, -(2 ** 63), 2 ** 63 - 1)
print(10 ** 18, 10 ** 19, 10 ** 20)
print((1 << 64) >> 1, (1 << 64) >> 64, (1 << 64) >> 65)
print(7 ** 30)
print((-3) ** 41)
