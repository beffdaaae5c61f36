import sys


class ParseError(Exception):
    def __init__(self, message, pos):
        self.message = message
        self.pos = pos


def parse_digit(s, i):
    c = s[i]
    if c < "0" or c > "9":
        raise ParseError("not a digit", i)
    return ord(c) - ord("0")


def safe_parse(s):
    try:
        return parse_digit(s, 0)
    except ParseError as e:
        return -e.pos - 1


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0


def entry_point(argv):
    return safe_parse(argv[0]) + lookup({"a": 1}, argv[0])


if __name__ == "__main__":
    entry_point(sys.argv)
