# Extreme magnitudes: subnormals, the largest float, epsilon.
import sys
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps, eps == sys.float_info.epsilon)
print(sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
tiny = 5e-324
print(tiny, tiny / 2, tiny * 2, tiny * 0.5)
print(1.7976931348623157e308 * 1.0000001, 2.2250738585072014e-308 / 2)
print(1e308 + 1e308, -1e308 - 1e308)
print(float(10 ** 308), 1e-320, 4.9e-324)
