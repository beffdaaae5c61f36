"""An exception that escapes the entry point: the translated program prints
'Fatal RPython error: ValueError' on stderr and exits with 1. What it wrote to stdout before
stays."""
from rpython.rlib.rfile import write_stdout


def parse_numbers(words):
    out = []
    for w in words:
        out.append(int(w))
    return out


def entry_point(argv):
    total = 0
    for n in parse_numbers(["1", "2", "3"]):
        total += n
    write_stdout("first total %d\n" % total)
    for n in parse_numbers(["4", "five", "6"]):
        total += n
    write_stdout("not reached %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
