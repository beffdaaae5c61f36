"""math functions outside their domain raise ValueError (sqrt of a negative, log of zero or a
negative, fmod by zero, pow(0, negative)) and OverflowError (exp of a large number); caught."""
import math
from rpython.rlib.rfile import write_stdout


def try_sqrt(x):
    try:
        return str(math.sqrt(x))
    except ValueError:
        return "ValueError"


def try_log(x):
    try:
        return str(math.log(x))
    except ValueError:
        return "ValueError"


def try_exp(x):
    try:
        return str(math.exp(x))
    except OverflowError:
        return "OverflowError"


def try_fmod(x, y):
    try:
        return str(math.fmod(x, y))
    except ValueError:
        return "ValueError"


def try_pow(x, y):
    try:
        return str(math.pow(x, y))
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def entry_point(argv):
    for x in [4.0, 0.0, -0.0, -1.0, 1e-300]:
        write_stdout("sqrt(%s) = %s\n" % (str(x), try_sqrt(x)))
    for x in [1.0, 0.5, 0.0, -2.0, 1e308]:
        write_stdout("log(%s) = %s\n" % (str(x), try_log(x)))
    for x in [1.0, 700.0, 710.0, -1000.0]:
        write_stdout("exp(%s) = %s\n" % (str(x), try_exp(x)))
    for x, y in [(5.0, 2.0), (5.0, 0.0), (-5.0, 2.0)]:
        write_stdout("fmod(%s, %s) = %s\n" % (str(x), str(y), try_fmod(x, y)))
    for x, y in [(2.0, 3.0), (0.0, -1.0), (-8.0, 1.0 / 3.0), (10.0, 400.0), (-2.0, 0.5)]:
        write_stdout("pow(%s, %s) = %s\n" % (str(x), str(y), try_pow(x, y)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
