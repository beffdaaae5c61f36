# Big powers and modular exponentiation with big moduli.
print(3 ** 200)
print(pow(3, 200, 10 ** 20))
m = 2 ** 127 - 1
print(pow(2, m - 1, m), pow(3, m - 1, m))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(-7, 101, 10 ** 18 + 9))
print((10 ** 40) ** 2 == 10 ** 80)
print(pow(2, -1, 2 ** 61 - 1))
