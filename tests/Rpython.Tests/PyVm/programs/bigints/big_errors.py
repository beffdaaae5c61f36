# Errors raised by big-int operations.
try:
    1 << (1 << 100)
except OverflowError as e:
    print("OverflowError:", e)
except MemoryError:
    print("MemoryError")
try:
    (2 ** 100) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1, 2, 3][2 ** 70]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc" * (2 ** 70)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(2 ** 70)[2 ** 71]
except IndexError as e:
    print("IndexError:", e)
try:
    len(range(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
try:
    pow(2, -1, 2 ** 70)
except ValueError as e:
    print("ValueError:", e)
