"""Escape sequences in str literals (\\n \\t \\\\ \\' \\" \\x41 \\u00e9 \\0 and a raw string),
control characters written to stdout as they are, and a repr-like quoting function."""
from rpython.rlib.rfile import write_stdout


def quote(s):
    out = ["'"]
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "'":
            out.append("\\'")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif o < 32 or o == 127:
            out.append("\\x%02x" % o)
        else:
            out.append(c)
    out.append("'")
    return "".join(out)


def entry_point(argv):
    samples = ["plain", "tab\there", "new\nline", "back\\slash", "it's", 'say "hi"', "\x41\x42", "\u00e9t\u00e9",
               "nul\0byte", "bell\x07", "del\x7f", r"raw\n", "\r\n"]
    for s in samples:
        write_stdout("%s len=%d\n" % (quote(s), len(s)))
    write_stdout("tab:\t|cr-less line\n")
    write_stdout("quotes: ' \" \\ done\n")
    write_stdout("%s\n" % ("a\\b" + '\'' + "\""))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
