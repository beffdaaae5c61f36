"""str() of floats: the shortest string that reads back as the same float, with CPython's
switch to exponent notation at 1e16 and below 1e-4, and '.0' on integral values."""
from rpython.rlib.rfile import write_stdout


def show(label, f):
    write_stdout("%s -> %s\n" % (label, str(f)))


def entry_point(argv):
    show("0.1", 0.1)
    show("0.1 + 0.2", 0.1 + 0.2)
    show("1.0", 1.0)
    show("100.0", 100.0)
    show("-2.5", -2.5)
    show("1/3", 1.0 / 3.0)
    show("2/3", 2.0 / 3.0)
    show("1e15", 1e15)
    show("1e16", 1e16)
    show("9999999999999998.0", 9999999999999998.0)
    show("123456789012345678.0", 123456789012345678.0)
    show("1e22", 1e22)
    show("1e23", 1e23)
    show("0.0001", 0.0001)
    show("0.00001", 0.00001)
    show("1.5e-300", 1.5e-300)
    show("5e-324", 5e-324)
    show("1.7976931348623157e308", 1.7976931348623157e308)
    show("2.2250738585072014e-308", 2.2250738585072014e-308)
    show("123.456", 123.456)
    show("-0.0", -0.0)
    show("0.0", 0.0)
    show("3.141592653589793", 3.141592653589793)
    show("1.1 * 1.1", 1.1 * 1.1)
    show("0.5", 0.5)
    show("2 ** 52 + 0.5", 4503599627370496.0 + 0.5)
    show("2 ** 53", 9007199254740992.0)
    show("2 ** 63", 9223372036854775808.0)
    show("1e100", 1e100)
    show("12345.678e-20", 12345.678e-20)
    x = 1.0
    for i in range(25):
        x = x * 10.0
        if i % 4 == 0:
            write_stdout("%s " % str(x))
    write_stdout("\n")
    y = 1.0
    for i in range(12):
        y = y / 10.0
        write_stdout("%s " % str(y))
    write_stdout("\n")
    z = 0.0
    for i in range(10):
        z += 0.1
    show("sum of ten 0.1", z)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
