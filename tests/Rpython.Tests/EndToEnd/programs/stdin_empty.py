"""With no .stdin file, standard input is empty: read_stdin_line returns '' and
read_stdin_byte returns -1 at once, and keep doing so."""
from rpython.rlib.rfile import write_stdout, read_stdin_line, read_stdin_byte


def entry_point(argv):
    line = read_stdin_line()
    write_stdout("line: [%s] len %d\n" % (line, len(line)))
    write_stdout("byte: %d\n" % read_stdin_byte())
    write_stdout("line again: [%s]\n" % read_stdin_line())
    count = 0
    while read_stdin_line() != "" and count < 10:
        count += 1
    write_stdout("lines read: %d\n" % count)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
