# floor, ceil and round of negative numbers and halves, and int() truncation.
import math
for v in (2.5, 3.5, -2.5, -3.5, 0.49999999999999994, 1e16 + 1, -0.0):
    print(v, math.floor(v), math.ceil(v), round(v), int(v), math.trunc(v))
