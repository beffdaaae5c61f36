"""Shifts: << and >> with counts from 0 to 63, on positive and negative numbers (>> is an
arithmetic shift: it rounds toward minus infinity), and intmask() around a left shift that
leaves the machine word."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import intmask


def entry_point(argv):
    one = len(argv)  # 1
    for n in [0, 1, 2, 7, 8, 31, 32, 33, 62]:
        write_stdout("1 << %d = %d\n" % (n, one << n))
    for n in [0, 1, 4, 10, 31, 32, 62, 63]:
        big = 9223372036854775807
        neg = -9223372036854775807 - one
        write_stdout("max >> %d = %d   min >> %d = %d   -1 >> %d = %d\n" % (n, big >> n, n, neg >> n, n, -one >> n))
    for v in [-7, -8, -9, 7, 100, -100]:
        write_stdout("%d >> 1 = %d, %d >> 2 = %d, %d << 3 = %d\n" % (v, v >> 1, v, v >> 2, v, v << 3))
    # Left shifts that overflow the word: intmask wraps them as the machine does.
    for n in [60, 61, 62, 63]:
        write_stdout("intmask(3 << %d) = %d\n" % (n, intmask((3 * one) << n)))
    write_stdout("intmask(1 << 63) = %d\n" % intmask(one << 63))
    # Shifting by a count computed at run time.
    acc = 0
    for i in range(0, 63, 9):
        acc ^= (one << i)
    write_stdout("acc = %d (%x)\n" % (acc, acc))
    x = 1
    for i in range(10):
        x <<= 3
        x >>= 1
    write_stdout("x = %d\n" % x)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
