# Float /, //, % and ** with CPython's results: every sign combination, signed zeros,
# infinities and NaN, and the ZeroDivisionError and OverflowError they raise. (A negative float
# to a fractional power is a complex number on CPython 3 and a ValueError in RPython: not here.)


def true_div(a, b):
    try:
        return str(a / b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def floor_div(a, b):
    try:
        return str(a // b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def modulo(a, b):
    try:
        return str(a % b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def power(a, b):
    try:
        return str(a ** b)
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def divisors(n):
    inf = float("inf")
    return [2.0, -2.0, 0.75, -0.1, 0.0, -0.0, 1e308, -5e-324, inf, -inf, float("nan"), 3.0, -7.0]


def main(n):
    x = n * 0.75
    if n == 100:
        x = -0.0
    elif n == 12345:
        x = float("-inf")
    elif n == 3:
        x = 1e308
    parts = []
    for y in divisors(n):
        parts.append("%s: %s %s %s %s %s" % (str(y), true_div(x, y), floor_div(x, y), modulo(x, y), power(abs(x), y), power(y, 3.0)))
    # A constant divisor needs no check; ints mix in as floats.
    parts.append(str(x / 4.0) + " " + str(x // 2.5) + " " + str(x % -2.5) + " " + str(n / 8) + " " + str(7 // (n * 0.5 + 0.25)))
    parts.append(true_div(n, 7) + " " + true_div(7, n) + " " + floor_div(x, n) + " " + modulo(n, x) + " " + floor_div(n, 2.5) + " " + modulo(-n, 0.75))
    parts.append(power(2.0, n * 1.0) + " " + power(x, -2.0) + " " + power(n * 1.0, -1.0) + " " + str(n ** 2.0) + " " + power(-1.0, n * 1.0))
    return "\n".join(parts)
