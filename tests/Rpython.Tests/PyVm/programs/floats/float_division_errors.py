# Division by zero with floats, and math domain errors.
import math
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (1.5, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
for f, arg in [(math.sqrt, -1.0), (math.log, 0.0), (math.log, -1.0), (math.acos, 2.0)]:
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
