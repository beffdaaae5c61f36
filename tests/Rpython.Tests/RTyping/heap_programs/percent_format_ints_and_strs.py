# '%' formatting of ints, bools, r_uints, chars and strs with flags ('-+ #0'), widths and
# precisions, %c, %r of strs (CPython's quotes and escapes), %% and a width on it.
from rpython.rlib.rarithmetic import r_uint


def word(n):
    if n == 1:
        return "it's"
    if n == 2:
        return 'say "hi"'
    if n == 3:
        return "both ' and \""
    if n == 7:
        return "tab\tnew\nline\\ \x7f \x01 \xe9 \u20ac \u200b \U0001f600"
    if n == 12:
        return ""
    return "w" * (n % 5)


def main(n):
    m = n * 1000003
    if n == 12345:
        m = -9223372036854775807 - 1
    big = r_uint(m) * r_uint(3)
    lines = [
        "%d|%i|%5d|%-5d|%05d|%+d|% d|%+05d|%-+6d|%.3d|%7.3d|%-07d|" % (n, n, n, n, n, n, n, n, n, n, n, n),
        "%x|%X|%o|%#x|%#X|%#o|%08x|%#08x|%-#8o|%+x|% X|%.4x|%#.4x|" % (m, m, m, m, m, m, m, m, m, m, m, m, m),
        "%d %x %s %10d %-3o %#X" % (big, big, big, big, big, big),
        "%s|%r|%d|%5s|%-6r|%x|%05d|%s" % (n > 0, n < 0, n > 0, n == 1, n == 1, n > 2, n > 2, str(n < 3)),
        "%s|%r|%5s|%-5s|%.2s|%6.1r|%c|%3c|%-3c|%c" % (word(n), word(n), word(n), word(n), word(n), word(n), 65 + n % 26, "xyz"[n % 3], 32 + n % 90, 0x1f600),
        "%s %r %s %r %5s|%.2s|%%|%%%d%%" % (n, n, m, -n, -n, m, n),
        "%c%c|%-4c|" % ((word(n) + "!")[0], "é", "z"),
        "%c%c" % ((abs(n) % 256) * 0x1000, 0x10FFFF - abs(n)),
    ]
    return "\n".join(lines)
