"""ZeroDivisionError from int // and % (and from / on ints), caught at the operation, re-raised
to the caller, and caught by its base class ArithmeticError. (As in RPython, an operation raises
its implicit exception only where a handler in the same function catches it: a callee that
lets the caller handle it catches and re-raises.)"""
from rpython.rlib.rfile import write_stdout


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -999


def safe_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        return -888


def ratio(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        raise


def average(values):
    total = 0
    for v in values:
        total += v
    try:
        return total // len(values)
    except ArithmeticError:
        raise


def entry_point(argv):
    divisors = [3, 0, -3, len(argv) - 1, 1]
    for d in divisors:
        write_stdout("100 // %d = %d, 100 %% %d = %d\n" % (d, safe_div(100, d), d, safe_mod(100, d)))
    caught = 0
    for d in divisors:
        try:
            write_stdout("ratio(-50, %d) = %d\n" % (d, ratio(-50, d)))
        except ZeroDivisionError:
            caught += 1
            write_stdout("ratio(-50, %d) raised ZeroDivisionError\n" % d)
    write_stdout("caught %d\n" % caught)
    try:
        write_stdout("average = %d\n" % average([4, 5, 9]))
        write_stdout("average = %d\n" % average([]))
    except ArithmeticError:
        write_stdout("average of nothing: ArithmeticError\n")
    for d in [4, 0]:
        try:
            f = 10 / d
            write_stdout("10 / %d = %s\n" % (d, str(f)))
        except ZeroDivisionError:
            write_stdout("10 / %d: ZeroDivisionError\n" % d)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
