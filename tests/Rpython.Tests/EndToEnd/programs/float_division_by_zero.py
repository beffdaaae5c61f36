"""ZeroDivisionError from float division, float // and float %, and int / 0.0, caught; the
program's results around them are printed."""
from rpython.rlib.rfile import write_stdout


def divide(a, b):
    try:
        return str(a / b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def floor_divide(a, b):
    try:
        return str(a // b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def modulo(a, b):
    try:
        return str(a % b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def mean(values):
    total = 0.0
    for v in values:
        total += v
    try:
        return total / len(values)
    except ZeroDivisionError:
        raise


def entry_point(argv):
    for b in [2.0, 0.0, -0.0, 0.5, -4.0]:
        write_stdout("1.5 / %s = %s; // = %s; %% = %s\n" % (str(b), divide(1.5, b), floor_divide(1.5, b), modulo(1.5, b)))
    zero = float(len(argv) - 1)
    write_stdout("7 / zero: %s\n" % divide(7.0, zero))
    try:
        r = 3 / zero
        write_stdout("%s\n" % str(r))
    except ZeroDivisionError:
        write_stdout("int / 0.0: ZeroDivisionError\n")
    try:
        write_stdout("mean = %s\n" % str(mean([1.0, 2.0, 4.0])))
        write_stdout("mean = %s\n" % str(mean([])))
    except ZeroDivisionError:
        write_stdout("mean of nothing: ZeroDivisionError\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
