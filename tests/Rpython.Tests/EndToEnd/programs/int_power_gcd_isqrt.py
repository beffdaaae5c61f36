"""Integer algorithms: ** with small exponents, fast exponentiation modulo m, gcd/lcm by
Euclid (with negative inputs), integer square root by Newton's method, digit sums."""
from rpython.rlib.rfile import write_stdout


def gcd(a, b):
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return abs(a * b) // gcd(a, b)


def powmod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = x // 2 + (x & 1)  # (x + 1) // 2 without overflowing at maxint
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def digit_sum(n):
    n = abs(n)
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def entry_point(argv):
    for b, e in [(2, 10), (3, 5), (-2, 3), (-2, 4), (10, 18), (7, 0), (0, 0), (1, 62)]:
        write_stdout("%d ** %d = %d\n" % (b, e, b ** e))
    for a, b in [(12, 18), (-12, 18), (17, 5), (0, 9), (1071, 462), (-48, -36)]:
        write_stdout("gcd(%d, %d) = %d, lcm = %d\n" % (a, b, gcd(a, b), lcm(a, b) if a != 0 else 0))
    for b, e, m in [(2, 100, 1000000007), (3, 200, 13), (7, 12345, 1000), (-3, 3, 7)]:
        write_stdout("powmod(%d, %d, %d) = %d\n" % (b, e, m, powmod(b, e, m)))
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000, 999999999999, 9223372036854775807]:
        r = isqrt(n)
        write_stdout("isqrt(%d) = %d\n" % (n, r))
    for n in [0, 9, -123, 987654321, 9223372036854775807]:
        write_stdout("digit_sum(%d) = %d\n" % (n, digit_sum(n)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
