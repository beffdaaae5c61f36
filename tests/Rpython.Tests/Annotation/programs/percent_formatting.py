import sys
from rpython.rlib.rfile import write_stdout


def describe(name, count, ratio):
    return "%s: %d items (%f)" % (name, count, ratio)


def hex_dump(values):
    parts = []
    for v in values:
        parts.append("%x" % v)
    return " ".join(parts)


def entry_point(argv):
    text = describe(argv[0], len(argv), 0.5)
    dump = hex_dump([255, 16, len(argv)])
    write_stdout(text + "\n" + dump + "\n")
    return len("%s-%s" % ("a", "b"))


if __name__ == "__main__":
    entry_point(sys.argv)
