"""The math module: sqrt, floor, ceil, fabs, exp, log, log10, sin, cos, tan, atan, pow, atan2,
fmod, hypot, copysign, isnan, isinf. Results are printed with str() (shortest round trip), so
they must be the same doubles as CPython's (libm's). (math.pi and math.e are spelled out: the
annotator does not know those constants yet.)"""
import math
from rpython.rlib.rfile import write_stdout

PI = 3.141592653589793
E = 2.718281828459045


def show(name, value):
    write_stdout("%s = %s\n" % (name, str(value)))


def show_bool(name, value):
    # A separate function: in RPython one variable holding bools and floats is a float.
    write_stdout("%s = %s\n" % (name, "True" if value else "False"))


def entry_point(argv):
    show("pi", PI)
    show("e", E)
    show("sqrt(2)", math.sqrt(2.0))
    show("sqrt(16)", math.sqrt(16.0))
    show("sqrt(0.25)", math.sqrt(0.25))
    show("sqrt(int 81)", math.sqrt(81))
    for x in [2.5, -2.5, 3.0, -0.5, 1e10 + 0.5]:
        # floor and ceil return ints in Python 3: printed through int() here.
        write_stdout("floor(%s) = %d, ceil(%s) = %d\n" % (str(x), int(math.floor(x)), str(x), int(math.ceil(x))))
    show("fabs(-3.5)", math.fabs(-3.5))
    show("fabs(-0.0)", math.fabs(-0.0))
    show("exp(0)", math.exp(0.0))
    show("exp(1)", math.exp(1.0))
    show("exp(-2.5)", math.exp(-2.5))
    show("log(e)", math.log(E))
    show("log(10)", math.log(10.0))
    show("log(1)", math.log(1.0))
    show("log10(1000)", math.log10(1000.0))
    show("log10(2)", math.log10(2.0))
    show("sin(0)", math.sin(0.0))
    show("sin(pi/2)", math.sin(PI / 2))
    show("sin(1)", math.sin(1.0))
    show("cos(0)", math.cos(0.0))
    show("cos(pi)", math.cos(PI))
    show("cos(0.5)", math.cos(0.5))
    show("tan(0.25)", math.tan(0.25))
    show("atan(1)", math.atan(1.0))
    show("pow(2, 10)", math.pow(2.0, 10.0))
    show("pow(2, 0.5)", math.pow(2.0, 0.5))
    show("pow(-8, 3)", math.pow(-8.0, 3.0))
    show("pow(0, 0)", math.pow(0.0, 0.0))
    show("atan2(1, 1)", math.atan2(1.0, 1.0))
    show("atan2(-1, -1)", math.atan2(-1.0, -1.0))
    show("atan2(0, -1)", math.atan2(0.0, -1.0))
    show("atan2(-0.0, -1)", math.atan2(-0.0, -1.0))
    show("fmod(7, 3)", math.fmod(7.0, 3.0))
    show("fmod(-7, 3)", math.fmod(-7.0, 3.0))
    show("fmod(7, -3)", math.fmod(7.0, -3.0))
    show("fmod(5.5, 1.25)", math.fmod(5.5, 1.25))
    show("hypot(3, 4)", math.hypot(3.0, 4.0))
    show("hypot(1e200, 1e200)", math.hypot(1e200, 1e200))
    show("copysign(3, -0.0)", math.copysign(3.0, -0.0))
    show("copysign(-3, 2)", math.copysign(-3.0, 2.0))
    show_bool("isnan(1)", math.isnan(1.0))
    show_bool("isinf(1e308 * 10)", math.isinf(1e308 * 10.0))
    total = 0.0
    for i in range(1, 50):
        total += math.sin(float(i)) * math.cos(float(i) / 3.0) + math.sqrt(float(i))
    show("mixed sum", total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
