import sys


def power(base, exponent):
    result = 1
    while exponent > 0:
        if exponent & 1:
            result *= base
        base *= base
        exponent >>= 1
    return result


def power_mod(base, exponent, modulus):
    result = 1
    base %= modulus
    while exponent > 0:
        if exponent % 2 == 1:
            result = (result * base) % modulus
        base = (base * base) % modulus
        exponent //= 2
    return result


def float_power(x, n):
    result = 1.0
    for _ in range(n):
        result *= x
    return result


def entry_point(argv):
    n = len(argv)
    total = power(3, 5 + n) % 1000 + power_mod(7, 100 + n, 13)
    return total + int(float_power(1.5, 4))


if __name__ == "__main__":
    entry_point(sys.argv)
