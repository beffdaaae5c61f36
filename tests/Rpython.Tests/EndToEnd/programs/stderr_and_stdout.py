"""Output on both streams: write_stdout and write_stderr interleaved (each stream keeps its own
order), flush_stdout, non-ASCII text on stderr, and exit code 0 with a non-empty stderr."""
from rpython.rlib.rfile import write_stdout, write_stderr, flush_stdout


def entry_point(argv):
    write_stdout("out 1\n")
    write_stderr("err 1\n")
    write_stdout("out 2, no newline yet... ")
    flush_stdout()
    write_stderr("err 2: caf\u00e9 \u20ac\n")
    write_stdout("done\n")
    for i in range(3):
        write_stderr("warning %d\n" % i)
        write_stdout("line %d\n" % i)
    write_stderr("")
    write_stdout("")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
