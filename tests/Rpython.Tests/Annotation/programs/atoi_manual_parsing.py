import sys


class ParseError(Exception):
    pass


def atoi(s):
    s = s.strip()
    if len(s) == 0:
        raise ParseError()
    negative = False
    start = 0
    if s[0] == "-" or s[0] == "+":
        negative = s[0] == "-"
        start = 1
    if start == len(s):
        raise ParseError()
    value = 0
    for i in range(start, len(s)):
        c = s[i]
        if c < "0" or c > "9":
            raise ParseError()
        value = value * 10 + (ord(c) - ord("0"))
    if negative:
        return -value
    return value


def parse_or_default(s, default):
    try:
        return atoi(s)
    except ParseError:
        return default


def entry_point(argv):
    total = 0
    for text in [" 42", "-17", "+3", "x9", "", argv[0]]:
        total += parse_or_default(text, 0)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
