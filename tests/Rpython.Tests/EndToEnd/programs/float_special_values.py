"""Infinities, NaN and negative zero: made with float("inf") and friends and by overflowing
arithmetic; how they print, compare and propagate; math.isnan/isinf and copysign."""
import math
from rpython.rlib.rfile import write_stdout


def describe(f):
    if math.isnan(f):
        return "nan"  # the sign of a NaN depends on the machine: not printed
    kind = "finite"
    if math.isinf(f):
        kind = "inf"
    sign = "+"
    if math.copysign(1.0, f) < 0.0:
        sign = "-"
    return "%s(%s%s)" % (str(f), kind, sign)


def entry_point(argv):
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    values = [inf, ninf, nan, -0.0, 0.0, 1e308 * 10.0, -1e308 * 10.0, inf - inf, inf * 0.0, 1.0 / inf, -1.0 / inf]
    for v in values:
        write_stdout(describe(v) + "\n")
    write_stdout("nan == nan: %s, nan != nan: %s, nan < 1: %s, nan > 1: %s\n" % (str(nan == nan), str(nan != nan), str(nan < 1.0), str(nan > 1.0)))
    write_stdout("inf > 1e308: %s, -inf < -1e308: %s, inf == inf: %s\n" % (str(inf > 1e308), str(ninf < -1e308), str(inf == inf)))
    write_stdout("0.0 == -0.0: %s\n" % str(0.0 == -0.0))
    write_stdout("inf + 1 = %s, inf + -inf = %s, -inf * -1 = %s\n" % (str(inf + 1.0), str(inf + ninf), str(ninf * -1.0)))
    write_stdout("max(1, inf) = %s, min(1, -inf) = %s\n" % (str(max(1.0, inf)), str(min(1.0, ninf))))
    for text in ["inf", "-inf", "+inf", "Infinity", "-INF", "nan", "NaN", "-nan", "1e500", "-1e500", "1e-500"]:
        write_stdout("float('%s') = %s\n" % (text, str(float(text))))
    write_stdout("%f %f %f\n" % (inf, ninf, nan))
    write_stdout("%e %g %.2f\n" % (inf, ninf, -0.0))
    write_stdout("fabs(-inf) = %s, sqrt(inf) = %s, exp(-inf) = %s\n" % (str(math.fabs(ninf)), str(math.sqrt(inf)), str(math.exp(ninf))))
    neg = -0.0
    write_stdout("-0.0 + 0.0 = %s, -0.0 * 2 = %s, -(0.0) = %s\n" % (str(neg + 0.0), str(neg * 2.0), str(-(0.0))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
