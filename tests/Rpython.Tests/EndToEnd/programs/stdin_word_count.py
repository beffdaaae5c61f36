"""A wc-like tool over stdin: lines, words and characters (code points, not bytes) counted from
read_stdin_line, plus the most frequent word; the input mixes blank lines, tabs and
non-ASCII words."""
from rpython.rlib.rfile import write_stdout, read_stdin_line


def entry_point(argv):
    lines = 0
    words = 0
    chars = 0
    freq = {}
    while True:
        line = read_stdin_line()
        if not line:
            break
        lines += 1
        chars += len(line)
        for w in line.split():
            words += 1
            key = w.lower()
            freq[key] = freq.get(key, 0) + 1
    best = ""
    best_n = 0
    for w, n in freq.items():
        if n > best_n or (n == best_n and w < best):
            best = w
            best_n = n
    write_stdout("%d lines %d words %d chars\n" % (lines, words, chars))
    write_stdout("most frequent: %s (%d)\n" % (best, best_n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
