"""str.split and str.rsplit: with a separator (one char and several), with maxsplit, without a
separator (runs of whitespace, leading/trailing whitespace dropped), empty pieces, empty input."""
from rpython.rlib.rfile import write_stdout


def show(label, parts):
    quoted = []
    for p in parts:
        quoted.append("'" + p + "'")
    write_stdout("%s -> [%s] (%d)\n" % (label, ", ".join(quoted), len(parts)))


def entry_point(argv):
    show("'a,b,c'.split(',')", "a,b,c".split(","))
    show("'a,,b,'.split(',')", "a,,b,".split(","))
    show("','.split(',')", ",".split(","))
    show("''.split(',')", "".split(","))
    show("'abc'.split(',')", "abc".split(","))
    show("'a::b::c'.split('::')", "a::b::c".split("::"))
    show("'a:::b'.split('::')", "a:::b".split("::"))
    show("'1 2 3 4'.split(' ', 2)", "1 2 3 4".split(" ", 2))
    show("'1 2 3 4'.split(' ', 0)", "1 2 3 4".split(" ", 0))
    show("'1 2 3 4'.rsplit(' ', 2)", "1 2 3 4".rsplit(" ", 2))
    show("'1 2 3 4'.rsplit(' ')", "1 2 3 4".rsplit(" "))
    show("'a.b.c'.rsplit('.', 1)", "a.b.c".rsplit(".", 1))
    show("'  hello   world \\t\\n'.split()", "  hello   world \t\n".split())
    show("''.split()", "".split())
    show("'   '.split()", "   ".split())
    show("'one'.split()", "one".split())
    show("'x\\ny\\n'.split('\\n')", "x\ny\n".split("\n"))
    line = "name=value=more"
    key_value = line.split("=", 1)
    write_stdout("key=%s value=%s\n" % (key_value[0], key_value[1]))
    path = "/usr/local/lib/python3.11/site.py"
    pieces = path.rsplit("/", 1)
    write_stdout("dir=%s file=%s\n" % (pieces[0], pieces[1]))
    total = 0
    for word in "10 20  30\t40\n".split():
        total += int(word)
    write_stdout("total = %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
