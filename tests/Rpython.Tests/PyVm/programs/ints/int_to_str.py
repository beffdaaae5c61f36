# str() and repr() of ints, and formatting into bases.
for n in [0, 1, -1, 9, 10, 99, 100, 12345, -12345, 2147483647, -2147483648]:
    print(str(n), repr(n), len(str(n)))
print(str(10 ** 15), str(-(10 ** 15)))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(-255, "#X"))
print(format(1234567, ","), format(1234567, "_"), format(255, "_b"))
print(str(7) + str(8), int(str(78)) + 1)
