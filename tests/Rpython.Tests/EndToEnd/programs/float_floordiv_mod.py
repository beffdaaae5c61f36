"""Float // and % with every sign combination (the result of % has the sign of the divisor, as
for ints), compared with math.fmod (sign of the dividend), and int() of the results."""
import math
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    for a in [7.5, -7.5, 6.0, -6.0, 0.0, 0.3]:
        for b in [2.0, -2.0, 0.1, -3.5]:
            q = a // b
            r = a % b
            write_stdout("%s // %s = %s, %% = %s, fmod = %s\n" % (str(a), str(b), str(q), str(r), str(math.fmod(a, b))))
    write_stdout("%s %s\n" % (str(7 // 2.0), str(-7 % 2.5)))
    x = 10.75
    x //= 3
    y = -10.75
    y %= 3
    write_stdout("%s %s\n" % (str(x), str(y)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
