import sys
from rpython.rlib.rfile import write_stdout


def shout(s):
    return s.upper() + "!"


def first_char(s):
    if len(s) > 0:
        return s[0]
    return "?"


def entry_point(argv):
    name = argv[0]
    parts = name.split("/")
    write_stdout(shout(parts[-1]) + "\n")
    write_stdout("%s has %d chars\n" % (name, len(name)))
    c = first_char(name)
    if c == "/":
        return 0
    return ord(c) - ord(c)


if __name__ == "__main__":
    entry_point(sys.argv)
