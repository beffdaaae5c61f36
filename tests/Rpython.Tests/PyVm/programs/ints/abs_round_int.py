# abs() and round() on ints, including negative ndigits.
for n in (0, 5, -5, 1234, -1234):
    print(n, abs(n), round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(150, -2), round(250, -2), round(1, -5))
print(type(round(7)).__name__, type(round(7, -1)).__name__)
