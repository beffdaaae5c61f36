# Negative zero: printing, arithmetic and comparisons.
import math
z = -0.0
print(z, repr(z), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(z))
print(z == 0.0, math.copysign(1.0, z), math.copysign(1.0, 0.0), str(-0.0 * 5))
print(round(-0.4), round(-0.4, 1), -0.0 // 1, math.floor(-0.5), math.ceil(-0.5))
print("%f %g %.1f" % (z, z, -0.04))
print(format(-0.0, ".2f"), f"{-0.0}", float("-0"), int(-0.0))
