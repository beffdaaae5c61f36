"""%-formatting of strs and ints: %s %d %x %c %%, widths (right and left aligned), zero padding,
precision on %s, signs, a single value vs a tuple, and a table laid out with widths."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    write_stdout("%s|%d|%x|%c|%%\n" % ("str", -42, 255, 97))
    write_stdout("[%5d] [%-5d] [%05d] [%+d] [%+d] [% d]\n" % (42, 42, 42, 42, -42, 42))
    write_stdout("[%8s] [%-8s] [%.3s] [%8.3s]\n" % ("abc", "abc", "abcdef", "abcdef"))
    write_stdout("[%4x] [%-4x] [%04x] [%X]\n" % (255, 255, 255, 48879))
    write_stdout("[%3c] [%-3c]\n" % (120, 121))
    write_stdout("%s\n" % "single value")
    write_stdout("%d\n" % 7)
    write_stdout("no conversions at all\n" % ())
    write_stdout("%s and %s\n" % ("a", "b"))
    write_stdout("%s %s %s\n" % (1, True, 2.5))
    write_stdout("[%5s] [%-6s]\n" % (12, False))
    items = [("apples", 3, 1.25), ("kiwis", 12, 0.5), ("watermelons", 1, 4.75)]
    write_stdout("%-12s %5s %8s\n" % ("item", "qty", "price"))
    total = 0.0
    for name, qty, price in items:
        write_stdout("%-12s %5d %8.2f\n" % (name, qty, price))
        total += qty * price
    write_stdout("%-12s %5s %8.2f\n" % ("total", "", total))
    n = 0
    for i in range(1, 4):
        n = n * 100 + i
        write_stdout("%d: %010d|%-10d|%x\n" % (i, n, n, n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
