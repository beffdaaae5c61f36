"""Code points above U+FFFF (emoji, historic scripts) are one character each, as every other
code point: len(), indexing, slicing, ord(), chr(), iteration, find() and UTF-8 encoding
(4 bytes each) count them once."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    grin = chr(128512)
    write_stdout("chr(128512) = %s, len %d, ord %d\n" % (grin, len(grin), ord(grin)))
    s = "a\U0001f600b\U00010348c"
    write_stdout("%s: len %d\n" % (s, len(s)))
    for i in range(len(s)):
        write_stdout("s[%d] = %s (%x)\n" % (i, s[i], ord(s[i])))
    write_stdout("s[1:4] = %s, s[-2] = %s\n" % (s[1:4], s[-2]))
    write_stdout("find b: %d, find c: %d, count: %d\n" % (s.find("b"), s.find("c"), s.count("\U0001f600")))
    codes = []
    for c in s:
        codes.append(str(ord(c)))
    write_stdout(" ".join(codes) + "\n")
    write_stdout("utf-8 bytes: %d\n" % len(s.encode()))
    write_stdout("literal len %d, ord %d\n" % (len("\U0001f600"), ord("\U0001f600"[0])))
    built = ""
    for code in [0x1f600, 0x41, 0x10ffff, 0xe9]:
        built += chr(code)
    write_stdout("built len %d, last %d, upper: %s\n" % (len(built), ord(built[-1]), built.upper()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
