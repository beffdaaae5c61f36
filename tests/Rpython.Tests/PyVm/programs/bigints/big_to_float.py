# Converting big ints to floats, true division, and overflow.
print(float(2 ** 64), float(2 ** 100), float(-(3 ** 50)))
print(float(2 ** 53 + 1), float(2 ** 1023))
print(10 ** 30 / 10 ** 10, (2 ** 80) / 3, 1 / 2 ** 70)
print(int(1e20), int(2.0 ** 70), int(-1.5e19))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 2000 / 2 ** 1990)
print(2 ** 64 + 0.5, 2 ** 64 * 1.0)
