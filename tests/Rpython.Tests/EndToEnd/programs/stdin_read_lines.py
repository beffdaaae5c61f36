"""rpython.rlib.rfile.read_stdin_line: reads the .stdin file line by line (each line with its
'\\n', the last one without, then '' at the end), numbering lines, summing the numbers found
and echoing the longest line."""
from rpython.rlib.rfile import write_stdout, read_stdin_line


def entry_point(argv):
    lines = []
    while True:
        line = read_stdin_line()
        if line == "":
            break
        lines.append(line)
    total = 0
    longest = ""
    for i, line in enumerate(lines):
        ends = "yes"
        if not line.endswith("\n"):
            ends = "no"
        text = line.rstrip("\n")
        write_stdout("%2d [%s] newline=%s\n" % (i + 1, text, ends))
        for word in text.split():
            try:
                total += int(word)
            except ValueError:
                pass
        if len(text) > len(longest):
            longest = text
    write_stdout("%d lines, numbers sum to %d, longest: %s\n" % (len(lines), total, longest))
    write_stdout("after the end: [%s]\n" % read_stdin_line())
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
