import sys
from rpython.rlib.objectmodel import we_are_translated


def debug_info(x):
    if not we_are_translated():
        # Only untranslated: CPython-only code is fine here, it is never annotated.
        return len(repr(sorted([x, 1])))
    return x


def entry_point(argv):
    return debug_info(len(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
