"""rpython.rlib.objectmodel.specialize: one function specialised per argument type
(specialize.argtype: ints, floats, strs and instances each get their own version) and per
constant argument value (specialize.arg), called from several places."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.objectmodel import specialize


class Box(object):
    def __init__(self, label):
        self.label = label


@specialize.argtype(0)
def describe(x):
    return "<%s>" % str_of(x)


@specialize.argtype(0)
def str_of(x):
    if isinstance(x, Box):
        return "box " + x.label
    return str(x)


@specialize.argtype(0)
def twice(x):
    return x + x


@specialize.arg(1)
def scale(x, mode):
    if mode == "double":
        return x * 2
    if mode == "square":
        return x * x
    return -x


def entry_point(argv):
    write_stdout("%s %s %s %s\n" % (describe(42), describe(2.5), describe("text"), describe(Box("b"))))
    write_stdout("%d %s %s\n" % (twice(21), str(twice(1.25)), twice("ab")))
    write_stdout("%d %d %d\n" % (scale(7, "double"), scale(7, "square"), scale(7, "negate")))
    total = 0
    for i in range(5):
        total += scale(i, "square")
    write_stdout("sum of squares %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
