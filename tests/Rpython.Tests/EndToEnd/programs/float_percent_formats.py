"""%-formatting of floats: %f, %.Nf, %e, %.Ne, %g, %.Ng, widths, left alignment, and %s of a
float (which is str()); rounding of halfway cases follows the binary value (round-half-even on
exact ties)."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    values = [0.0, 1.0, -1.5, 3.14159265358979, 2.5, 0.125, 1234567.891, 1e-7, 6.02214076e23, -0.000123]
    for v in values:
        write_stdout("%s | %f | %.2f | %.0f | %e | %.3e | %g | %.3g\n" % (str(v), v, v, v, v, v, v, v))
    write_stdout("[%10.3f] [%-10.3f] [%10s] [%-10s]\n" % (3.14159, 3.14159, "pi", "pi"))
    write_stdout("[%8.2e] [%12g] [%-12g|]\n" % (12345.6789, 0.00001234, 1e20))
    for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005]:
        write_stdout("%%.0f(%s) = %.0f, %%.2f = %.2f\n" % (str(v), v, v))
    write_stdout("%d%% done, %.1f%% left\n" % (75, 25.0))
    write_stdout("%f\n" % 7)
    write_stdout("%g %g %g %g\n" % (100000.0, 1000000.0, 0.0001, 0.00001))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
