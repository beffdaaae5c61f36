# int() rejects malformed strings and bad bases with ValueError, wrong types with TypeError.
cases = [("", 10), ("abc", 10), ("12a", 10), ("1.5", 10), ("1__0", 10), ("_1", 10),
         ("2", 2), ("8", 8), ("g", 16), ("0x", 16), ("012", 0), ("- 5", 10), ("--5", 10)]
for s, base in cases:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
