"""str.strip, lstrip and rstrip: without arguments (all whitespace: spaces, tabs, newlines,
carriage returns) and with a set of characters; on empty strings and strings made only of
stripped characters."""
from rpython.rlib.rfile import write_stdout


def show(label, s):
    write_stdout("%s -> [%s]\n" % (label, s))


def entry_point(argv):
    text = " \t hello world \r\n "
    show("strip()", text.strip())
    show("lstrip()", text.lstrip())
    show("rstrip()", text.rstrip())
    show("'xxhixx'.strip('x')", "xxhixx".strip("x"))
    show("'xyhiyx'.strip('xy')", "xyhiyx".strip("xy"))
    show("'xyhiyx'.lstrip('xy')", "xyhiyx".lstrip("xy"))
    show("'xyhiyx'.rstrip('xy')", "xyhiyx".rstrip("xy"))
    show("'aaaa'.strip('a')", "aaaa".strip("a"))
    show("''.strip()", "".strip())
    show("'   '.strip()", "   ".strip())
    show("'hi'.strip('')", "hi".strip(""))
    show("'0012300'.strip('0')", "0012300".strip("0"))
    show("'..a.b..'.rstrip('.')", "..a.b..".rstrip("."))
    show("'ab'.strip('xyz')", "ab".strip("xyz"))
    lines = ["  first line\n", "second\t\n", "\n", "   ", "last"]
    kept = []
    for line in lines:
        s = line.strip()
        if s:
            kept.append(s)
    write_stdout("kept %d: %s\n" % (len(kept), "|".join(kept)))
    number = "  -42\n"
    write_stdout("%d\n" % (int(number.strip()) * 2))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
