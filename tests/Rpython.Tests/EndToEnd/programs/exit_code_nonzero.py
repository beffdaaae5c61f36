"""A deliberate non-zero exit code (42) after normal output: no exception, nothing on stderr."""
from rpython.rlib.rfile import write_stdout


def validate(values):
    errors = 0
    for v in values:
        if v < 0:
            errors += 1
    return errors


def entry_point(argv):
    errors = validate([3, -1, 4, -1, 5, -9])
    write_stdout("%d negative values\n" % errors)
    if errors > 0:
        return 40 + errors - 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
