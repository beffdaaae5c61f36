# gcd, lcm, comb, perm, isqrt, prod with big ints.
import math
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(2 ** 200), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)))
print(math.factorial(30), math.fsum([0.1] * 10), sum([0.1] * 10))
