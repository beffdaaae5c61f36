"""str() of ints (negative, zero, the word's limits), int() of strs in bases 2, 8, 10, 16 and
36 (signs, surrounding spaces, 0x/0o/0b prefixes), and the ValueError of malformed input."""
from rpython.rlib.rfile import write_stdout


def parse(text, base):
    try:
        return "%d" % int(text, base)
    except ValueError:
        return "ValueError"


def parse10(text):
    try:
        return "%d" % int(text)
    except ValueError:
        return "ValueError"


def entry_point(argv):
    for n in [0, 7, -7, 10, -10, 123456789, -987654321, 9223372036854775807, -9223372036854775807 - 1]:
        s = str(n)
        write_stdout("%s len=%d back=%d\n" % (s, len(s), int(s)))
    for text in ["0", "42", "-42", "+42", "  17  ", "\t-3\n", "007", "", "-", "12a", "1.5", " ", "4 2", "--1"]:
        write_stdout("int(%s) -> %s\n" % ("'" + text.replace("\t", "\\t").replace("\n", "\\n") + "'", parse10(text)))
    cases = [("101", 2), ("-1111", 2), ("777", 8), ("0o17", 8), ("ff", 16), ("FF", 16), ("0x1F", 16),
             ("-0xff", 16), ("0b101", 2), ("zz", 36), ("Hello", 36), ("12", 3), ("2", 2), ("g", 16), ("7fffffffffffffff", 16)]
    for text, base in cases:
        write_stdout("int('%s', %d) -> %s\n" % (text, base, parse(text, base)))
    # Building a number digit by digit and printing it back in another base.
    n = 0
    for c in "31415926":
        n = n * 10 + (ord(c) - ord("0"))
    digits = []
    m = n
    while m > 0:
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[m % 36])
        m //= 36
    digits.reverse()
    text = "".join(digits)
    write_stdout("%d in base 36 is %s; back: %d\n" % (n, text, int(text, 36)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
