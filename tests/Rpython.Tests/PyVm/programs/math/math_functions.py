# Common math functions: sqrt, floor, ceil, trunc, exp, log variants, pow, fabs.
import math
print(math.sqrt(2), math.sqrt(144), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.pow(2, 0.5), math.fabs(-3), math.floor(7), type(math.floor(2.5)).__name__, math.ceil(2 ** 70 + 0.0))
print(math.factorial(20), math.gcd(48, 180), math.isqrt(10 ** 20 + 1), math.copysign(3, -0.0))
print(math.fmod(7, -3), 7 % -3, math.hypot(3, 4), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
