import sys
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rfile import write_stderr


def debug_log(message):
    if not we_are_translated():
        write_stderr("[debug] " + message + "\n")


def compute(n):
    debug_log("compute called")
    if we_are_translated():
        return n * 2
    return n + n


def entry_point(argv):
    return compute(len(argv)) - 2


if __name__ == "__main__":
    entry_point(sys.argv)
