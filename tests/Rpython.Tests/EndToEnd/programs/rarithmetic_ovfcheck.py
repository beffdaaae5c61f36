"""rpython.rlib.rarithmetic.ovfcheck around one +, -, * each: it returns the result when it
fits a machine word and raises OverflowError, which the program catches, when it does not."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import ovfcheck

MAXINT = 9223372036854775807


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        write_stdout("add overflow: %d + %d\n" % (a, b))
        return 0


def checked_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        write_stdout("mul overflow: %d * %d\n" % (a, b))
        return 0


def checked_sub(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        write_stdout("sub overflow: %d - %d\n" % (a, b))
        return 0


def factorial_until_overflow():
    n = 1
    result = 1
    while True:
        try:
            result = ovfcheck(result * n)
        except OverflowError:
            return n - 1, result
        n += 1


def entry_point(argv):
    write_stdout("%d\n" % checked_add(MAXINT - 10, 10))
    write_stdout("%d\n" % checked_add(MAXINT - 10, 11))
    write_stdout("%d\n" % checked_add(-MAXINT, -1))
    write_stdout("%d\n" % checked_add(-MAXINT, -2))
    write_stdout("%d\n" % checked_sub(-MAXINT, 1))
    write_stdout("%d\n" % checked_sub(-MAXINT - 1, 1))
    write_stdout("%d\n" % checked_sub(MAXINT, -1))
    write_stdout("%d\n" % checked_mul(3037000499, 3037000499))
    write_stdout("%d\n" % checked_mul(3037000500, 3037000500))
    write_stdout("%d\n" % checked_mul(-4611686018427387904, 2))
    write_stdout("%d\n" % checked_mul(-4611686018427387904, -2))
    n, f = factorial_until_overflow()
    write_stdout("%d! = %d is the largest factorial that fits\n" % (n, f))
    # Summing until overflow.
    total = 0
    step = 1000000000000000000
    count = 0
    try:
        while True:
            total = ovfcheck(total + step)
            count += 1
    except OverflowError:
        write_stdout("stopped after %d additions at %d\n" % (count, total))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
