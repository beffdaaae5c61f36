"""A small regular-expression matcher (Rob Pike's: literal characters, '.', '*', '^', '$')
written with recursion over string indexes, used to filter lines and to count matches."""
from rpython.rlib.rfile import write_stdout


def match_here(re, ri, text, ti):
    if ri == len(re):
        return True
    if ri + 1 < len(re) and re[ri + 1] == "*":
        return match_star(re[ri], re, ri + 2, text, ti)
    if re[ri] == "$" and ri + 1 == len(re):
        return ti == len(text)
    if ti < len(text) and (re[ri] == "." or re[ri] == text[ti]):
        return match_here(re, ri + 1, text, ti + 1)
    return False


def match_star(c, re, ri, text, ti):
    while True:
        if match_here(re, ri, text, ti):
            return True
        if not (ti < len(text) and (text[ti] == c or c == ".")):
            return False
        ti += 1


def match(re, text):
    if re and re[0] == "^":
        return match_here(re, 1, text, 0)
    ti = 0
    while True:
        if match_here(re, 0, text, ti):
            return True
        if ti >= len(text):
            return False
        ti += 1


LINES = ["hello world", "help", "yellow", "hell", "shell script", "", "aaab", "abc", "a.c", "xyz$"]


def entry_point(argv):
    for pattern in ["hel", "^hel", "l$", "^h.*d$", "a*b", "^a*$", "l*o", "^$", ".", "x.z\\$", "a.c"]:
        hits = [line for line in LINES if match(pattern, line)]
        write_stdout("%-8s %d: %s\n" % (pattern, len(hits), " | ".join(hits)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
