"""Indexing strs with positive and negative indexes, and slicing with omitted bounds, negative
bounds, bounds past either end and empty ranges (slices never raise)."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    s = "abcdefgh"
    n = len(s)
    write_stdout("s[0]=%s s[7]=%s s[-1]=%s s[-8]=%s s[n-1]=%s\n" % (s[0], s[7], s[-1], s[-8], s[n - 1]))
    write_stdout("[%s] [%s] [%s] [%s]\n" % (s[2:5], s[:3], s[5:], s[:]))
    write_stdout("[%s] [%s] [%s]\n" % (s[-3:], s[:-3], s[-5:-2]))
    write_stdout("[%s] [%s] [%s] [%s]\n" % (s[5:2], s[10:], s[-20:3], s[3:100]))
    write_stdout("[%s] [%s] [%s]\n" % (s[-100:-50], s[0:0], s[4:4]))
    for i in range(-n, n):
        write_stdout(s[i])
    write_stdout("\n")
    for i in range(0, n + 2, 3):
        write_stdout("[%s|%s]" % (s[:i], s[i:]))
    write_stdout("\n")
    lo = len(argv) - 10
    hi = len(argv) + 10
    write_stdout("runtime bounds: [%s] [%s] [%s]\n" % (s[lo:hi], s[lo:3], s[3:hi]))
    # Reversal without a step slice.
    chars = []
    i = n - 1
    while i >= 0:
        chars.append(s[i])
        i -= 1
    write_stdout("reversed: %s\n" % "".join(chars))
    u = "h\u00e9llo w\u00f6rld \u20ac"
    write_stdout("[%s] [%s] [%s] len=%d\n" % (u[1:4], u[-1], u[6:], len(u)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
