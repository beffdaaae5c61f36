# Domain and range errors of math functions.
import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2), (math.factorial, -1)]:
    try:
        print(f(arg))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
