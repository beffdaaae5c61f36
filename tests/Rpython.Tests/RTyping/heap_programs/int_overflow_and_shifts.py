# Machine ints with CPython's results where they fit: ovfcheck() around + - * // << unary -,
# abs() and ** raising OverflowError at the word's limits (MININT included), shifts by negative
# counts (ValueError) and by 64 or more, int ** int, r_uint arithmetic and comparisons, intmask,
# abs, min and max.
from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask

MAXINT = 9223372036854775807
MININT = -MAXINT - 1


def checked(op, a, b):
    try:
        if op == 0:
            return str(ovfcheck(a + b))
        if op == 1:
            return str(ovfcheck(a - b))
        if op == 2:
            return str(ovfcheck(a * b))
        if op == 3:
            return str(ovfcheck(a // b))
        if op == 4:
            return str(ovfcheck(a % b))
        if op == 5:
            return str(ovfcheck(a << b))
        if op == 6:
            return str(ovfcheck(-a))
        if op == 7:
            return str(ovfcheck(abs(a)))
        return str(ovfcheck(a ** b))
    except OverflowError:
        return "OverflowError"
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except ValueError:
        return "ValueError"


def shifted(a, b):
    try:
        return "%d %d" % (a >> b, intmask(a << b))
    except ValueError:
        return "ValueError"


def power(a, b):
    return str(a ** b)


def main(n):
    a = n * 715827883
    if n == 100:
        a = MAXINT
    elif n == 12345:
        a = MININT
    elif n == 12:
        a = 3037000499
    parts = []
    for b in [n, -1, 1, 2, 0, MAXINT, MININT, 62, 64, -n]:
        row = []
        for op in range(9):
            # CPython would make a float of a negative power, and a huge long of a huge one.
            if (op == 5 and b > 1000) or (op == 8 and (b < 0 or b > 64)):
                continue
            row.append(checked(op, a, b))
        parts.append(" ".join(row))
    for b in [0, 1, 31, 63, 64, 65, 1000, -1, n]:
        parts.append(shifted(a, b) + " " + shifted(n, b))
    parts.append(" ".join([power(n, 0), power(n, 3), power(2, 62), power(-2, 63), power(-1, abs(n)), power(7, 22), power(n, 2)]))
    u = r_uint(a)
    v = r_uint(n) - r_uint(5)
    parts.append("%d %d %d %d %d %d %d %s %s" % (u + v, u - v, u * v, u // (v | r_uint(1)), u % (v | r_uint(1)), u >> 3, v << 7, str(u < v), str(u >= v)))
    parts.append("%d %d %d %d %d %d" % (intmask(u * v), intmask(v), intmask(u + r_uint(MAXINT)), abs(n), -v, ~v))
    parts.append("%d %d %d %d" % (min(a, n), max(a, n, 3), min(n, 5, -2), max(abs(n), 7)))
    return "\n".join(parts)
