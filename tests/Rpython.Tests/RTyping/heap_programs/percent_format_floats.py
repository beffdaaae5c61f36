# '%' formatting of floats (and of ints under float conversions) with flags, widths and
# precisions, str() and repr() of floats, '%s' and '%r' of floats: CPython's text exactly.


def value(n):
    if n == 100:
        return float("inf")
    if n == 12345:
        return float("nan")
    if n == 12:
        return -0.0
    if n == 7:
        return 1e22
    if n == 3:
        return 2.675
    if n == -7:
        return -1.5e-7
    return n / 3.0


def main(n):
    x = value(n)
    lines = [
        str(x),
        "%f|%.3f|%e|%g|%5.2f|%-8.3e|%+g" % (x, x, x, x, x, x, x),
        "[%10.4f] [%-10.2f] [%010.3f] [%+.1e] [% f] [%#.0f] [%#g] [%.0e]" % (x, x, x, x, x, x, x, x),
        "%E %G %F %.10g %.17g %.1g %.0f %.20f" % (x, x, x, x, x, x, x, x),
        "%s|%r|%8s|%-8r|%.3s|%12.5s|" % (x, x, x, x, x, x),
        "%f %e %g %5.1f %s" % (n, n, n, n, n * 0.5),
        "%3f%%" % (n * 1.0),
    ]
    return "\n".join(lines)
