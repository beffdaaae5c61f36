import sys
from rpython.rlib.rfile import write_stderr, write_stdout


def usage(program):
    write_stderr("usage: %s [-v] NAME\n" % program)
    return 2


def main(argv):
    verbose = False
    names = []
    for arg in argv[1:]:
        if arg == "-v":
            verbose = True
        elif arg.startswith("-"):
            return usage(argv[0])
        else:
            names.append(arg)
    if len(names) != 1:
        return usage(argv[0])
    if verbose:
        write_stdout("hello, " + names[0] + "\n")
    return 0


def entry_point(argv):
    return main(argv)


if __name__ == "__main__":
    entry_point(sys.argv)
