"""The exit code is the entry point's result: the program sums the integer arguments given on
the '# args:' line, reports bad ones on stderr, and returns the number of bad arguments (3)."""
# args: 10 -4 x 7 3.5 1000 0x10
from rpython.rlib.rfile import write_stdout, write_stderr


def entry_point(argv):
    total = 0
    bad = 0
    for a in argv[1:]:
        try:
            total += int(a)
        except ValueError:
            write_stderr("not an integer: %s\n" % a)
            bad += 1
    write_stdout("sum = %d\n" % total)
    return bad


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
