"""Comparisons mixing ints and floats, int() of floats (truncation toward zero), float() of
ints, abs(), min() and max() of ints, floats and mixtures."""
from rpython.rlib.rfile import write_stdout


def cmp_name(a, b):
    if a < b:
        return "<"
    if a > b:
        return ">"
    if a == b:
        return "=="
    return "?"


def entry_point(argv):
    ints = [-3, 0, 2, 3, 1000000]
    floats = [-3.0, -2.5, 0.0, -0.0, 2.999, 3.0, 3.5, 1e6]
    for i in ints:
        line = []
        for f in floats:
            line.append(cmp_name(i, f))
        write_stdout("%d: %s\n" % (i, " ".join(line)))
    for f in [2.9, -2.9, 0.5, -0.5, 7.0, -7.0, 1e15 + 0.5, -123456.999]:
        write_stdout("int(%s) = %d\n" % (str(f), int(f)))
    for i in [0, -1, 12345678901, -9007199254740993]:
        write_stdout("float(%d) = %s\n" % (i, str(float(i))))
    write_stdout("abs: %d %d %s %s %s\n" % (abs(-7), abs(7), str(abs(-2.5)), str(abs(0.0)), str(abs(-0.0))))
    write_stdout("min: %d %d %s\n" % (min(3, -4), min(5, 9, 2, 7), str(min(2.5, 1.5))))
    write_stdout("max: %d %d %s\n" % (max(3, -4), max(5, 9, 2, 7), str(max(-2.5, -1.5))))
    write_stdout("min of strs: %s %s\n" % (min("pear", "apple"), max("pear", "apple", "zoo")))
    write_stdout("mixed: %s %s\n" % (str(max(1, 2.5)), str(min(-1.5, 2))))
    write_stdout("1 == 1.0: %s, 1 != 1.0: %s, 2 >= 2.0: %s\n" % (str(1 == 1.0), str(1 != 1.0), str(2 >= 2.0)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
