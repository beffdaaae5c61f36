# Trigonometry: sin, cos, tan, their inverses, atan2, degrees/radians, pi and tau.
import math
print(math.pi, math.tau, math.e)
for deg in (0, 30, 45, 90, 180):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(0), math.atan(1) * 4)
print(math.tan(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5))
