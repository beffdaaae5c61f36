"""math.floor and math.ceil return ints in Python 3: str() of the result has no '.0'.
(The annotator types them as floats, RPython's Python 2 meaning: a translated program that
prints '2.0' here shows that bug.)"""
import math
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    for x in [0.2, 1.5, 2.999, 3.0, -2.5, -0.5]:
        f = math.floor(x)
        c = math.ceil(x)
        write_stdout("floor(%s) = %s, ceil = %s\n" % (str(x), str(f), str(c)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
