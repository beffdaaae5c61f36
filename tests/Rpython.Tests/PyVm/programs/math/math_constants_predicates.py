# math constants and integer/float predicates.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(math.pi * 1000), round(math.e, 5), math.isclose(math.tau, 2 * math.pi))
print((2.0).is_integer(), (2.5).is_integer(), float(10 ** 16).is_integer(), math.isqrt(17) ** 2 <= 17)
print(math.gcd(), math.lcm(), math.prod([]), math.fsum([]))
print(math.copysign(1, -0.0), math.copysign(0.0, -1), math.fabs(-0.0))
