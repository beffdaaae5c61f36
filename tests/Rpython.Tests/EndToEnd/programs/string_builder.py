"""rpython.rlib.rstring.StringBuilder: append, append_slice, append_multiple_char, getlength and
build (also several times, and after more appends), with an initial size hint; used to escape
text and to lay out a table."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rstring import StringBuilder


def escape_html(text):
    b = StringBuilder(len(text))
    for c in text:
        if c == "<":
            b.append("&lt;")
        elif c == ">":
            b.append("&gt;")
        elif c == "&":
            b.append("&amp;")
        else:
            b.append(c)
    return b.build()


def box(lines):
    width = 0
    for line in lines:
        if len(line) > width:
            width = len(line)
    b = StringBuilder()
    b.append("+")
    b.append_multiple_char("-", width + 2)
    b.append("+\n")
    for line in lines:
        b.append("| ")
        b.append(line)
        b.append_multiple_char(" ", width - len(line))
        b.append(" |\n")
    b.append("+")
    b.append_multiple_char("-", width + 2)
    b.append("+\n")
    return b.build()


def entry_point(argv):
    write_stdout(escape_html("if a < b && c > d: <b>bold</b>") + "\n")
    write_stdout(box(["hello", "StringBuilder", "", "ok"]))
    b = StringBuilder()
    write_stdout("empty: [%s] %d\n" % (b.build(), b.getlength()))
    b.append("0123456789")
    b.append_slice("abcdefgh", 2, 5)
    write_stdout("first: [%s] %d\n" % (b.build(), b.getlength()))
    b.append_slice("xyz", 0, 0)
    b.append_multiple_char("!", 0)
    b.append_multiple_char("\u00e9", 3)
    write_stdout("second: [%s] %d\n" % (b.build(), b.getlength()))
    big = StringBuilder()
    for i in range(1000):
        big.append(str(i % 10))
    s = big.build()
    write_stdout("big: %d chars, starts %s, ends %s\n" % (len(s), s[:12], s[-12:]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
