import sys


class LexError(Exception):
    def __init__(self, pos):
        self.pos = pos


class BadChar(LexError):
    pass


class Unterminated(LexError):
    pass


def scan(text):
    for i in range(len(text)):
        c = text[i]
        if c == "!":
            raise BadChar(i)
        if c == '"':
            raise Unterminated(i)
    return len(text)


def safe_scan(text):
    try:
        return scan(text)
    except (BadChar, Unterminated) as e:
        return -1 - e.pos


def entry_point(argv):
    return safe_scan("abc!") + safe_scan('x"') + safe_scan(argv[0])


if __name__ == "__main__":
    entry_point(sys.argv)
