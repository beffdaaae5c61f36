"""Default argument values (ints, strs, None, a prebuilt tuple), keyword arguments in any
order, keyword-only parameters, and *args collecting a variable number of positional
arguments (one specialisation per count, items read with constant indexes)."""
from rpython.rlib.rfile import write_stdout


def greet(name, greeting="Hello", punctuation="!"):
    return "%s, %s%s" % (greeting, name, punctuation)


def box(width, height=1, fill="#", border=None):
    line = fill * width
    rows = []
    for i in range(height):
        rows.append(line)
    text = "/".join(rows)
    if border is not None:
        text = border + text + border
    return text


def scaled(value, *, factor=10, offset=0):
    return value * factor + offset


def total(*values):
    # A *args tuple cannot be iterated in RPython; its items are read with constant indexes,
    # in branches the annotator folds for each number of arguments.
    t = 0
    if len(values) > 0:
        t += values[0]
    if len(values) > 1:
        t += values[1] * 10
    if len(values) > 2:
        t += values[-1] * 100
    return t


def describe(label, *values):
    return "%s:%d" % (label, len(values))


def entry_point(argv):
    write_stdout(greet("Ada") + "\n")
    write_stdout(greet("Bob", "Hi") + "\n")
    write_stdout(greet("Cy", punctuation="?") + "\n")
    write_stdout(greet(punctuation=".", name="Di", greeting="Bye") + "\n")
    write_stdout(box(3) + "\n")
    write_stdout(box(2, 3) + "\n")
    write_stdout(box(4, fill="*", border="|") + "\n")
    write_stdout(box(height=2, width=1, border="[") + "\n")
    write_stdout("%d %d %d\n" % (scaled(4), scaled(4, factor=2), scaled(4, offset=1, factor=3)))
    write_stdout("%d %d %d %d\n" % (total(), total(1), total(1, 2), total(1, 2, 3, 4)))
    write_stdout("%s %s %s\n" % (describe("none"), describe("two", 1, 2), describe("three", 1, 2, 3)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
