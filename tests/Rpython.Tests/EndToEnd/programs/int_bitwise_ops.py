"""&, |, ^ and ~ on positive and negative ints (two's complement), with masks, population
counts, lowest set bit and bit reversal of a byte."""
from rpython.rlib.rfile import write_stdout


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_byte(b):
    r = 0
    for i in range(8):
        if b & (1 << i):
            r |= 1 << (7 - i)
    return r


def lowest_bit(n):
    return n & -n


def entry_point(argv):
    values = [0, 1, -1, 5, -5, 255, -256, 0x5555, 0x7fffffffffffffff, -0x7fffffffffffffff - 1]
    for a in values:
        write_stdout("~%d = %d\n" % (a, ~a))
    pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (0xff00, 0x0ff0), (-1, 0x1234)]
    for a, b in pairs:
        write_stdout("%d & %d = %d; | = %d; ^ = %d\n" % (a, b, a & b, a | b, a ^ b))
    for n in [0, 1, 7, 255, 256, 1023, 0x7fffffffffffffff]:
        write_stdout("popcount(%d) = %d\n" % (n, popcount(n)))
    for b in [1, 2, 0x0f, 0xa5, 0x80]:
        write_stdout("reverse(%x) = %x\n" % (b, reverse_byte(b)))
    for n in [1, 6, 40, 96, -8]:
        write_stdout("lowest_bit(%d) = %d\n" % (n, lowest_bit(n)))
    flags = 0
    flags |= 0x4
    flags |= 0x1
    flags ^= 0x5
    flags ^= 0x10
    flags &= ~0x1
    write_stdout("flags = %x\n" % flags)
    # Hex formatting of non-negative values only (%x of a negative int prints a minus sign).
    write_stdout("%x %x %d\n" % (0xdeadbeef, 0xdeadbeef & 0xffff, -0x10))
    write_stdout("%x\n" % -255)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
