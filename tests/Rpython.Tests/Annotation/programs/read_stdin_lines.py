import sys
from rpython.rlib.rfile import read_stdin_line, write_stdout


def read_all_lines():
    lines = []
    while True:
        line = read_stdin_line()
        if line == "":
            break
        lines.append(line.rstrip("\n"))
    return lines


def entry_point(argv):
    lines = read_all_lines()
    total = 0
    for line in lines:
        total += len(line)
    write_stdout("%d lines, %d chars\n" % (len(lines), total))
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
