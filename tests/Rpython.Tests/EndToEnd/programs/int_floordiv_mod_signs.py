"""Python's // and % on ints for every sign combination (floor division: the remainder has
the sign of the divisor), checked against a divmod-like helper and the identity
a == (a // b) * b + a % b."""
from rpython.rlib.rfile import write_stdout


def floor_divmod(a, b):
    return a // b, a % b


def c_style(a, b):
    # Truncating division built from floor division, as C does it.
    q = a // b
    r = a % b
    if r != 0 and (a < 0) != (b < 0):
        q += 1
        r -= b
    return q, r


def entry_point(argv):
    dividends = [7, -7, 6, -6, 0, 1, -1, 13, -13, 9223372036854775807, -9223372036854775807]
    divisors = [2, -2, 3, -3, 1, -1, 7, -7, 10, -10, 1000000007]
    checked = 0
    for a in dividends:
        for b in divisors:
            q, r = floor_divmod(a, b)
            tq, tr = c_style(a, b)
            if q * b + r != a:
                write_stdout("identity broken for %d, %d\n" % (a, b))
            if r != 0 and (r < 0) != (b < 0):
                write_stdout("remainder sign wrong for %d, %d\n" % (a, b))
            checked += 1
            if b in (2, -2, 3, -3, 10):
                write_stdout("%d // %d = %d   %d %% %d = %d   trunc: %d rem %d\n" % (a, b, q, a, b, r, tq, tr))
    write_stdout("checked %d pairs\n" % checked)
    # In-place forms.
    x = -17
    x //= 5
    y = -17
    y %= 5
    z = 17
    z //= -5
    w = 17
    w %= -5
    write_stdout("%d %d %d %d\n" % (x, y, z, w))
    # Powers of two: floor division is an arithmetic shift.
    for v in [-1, -2, -3, -1024, -1025, 1023]:
        write_stdout("%d: //8=%d >>3=%d %%8=%d &7=%d\n" % (v, v // 8, v >> 3, v % 8, v & 7))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
