import sys


class Token(object):
    def __init__(self, name):
        self.name = name


EOF_TOKEN = Token("eof")
NEWLINE = Token("newline")


def next_token(words, i):
    if i >= len(words):
        return EOF_TOKEN
    if words[i] == "\n":
        return NEWLINE
    return Token(words[i])


def count_lines(words):
    lines = 0
    i = 0
    while True:
        tok = next_token(words, i)
        if tok is EOF_TOKEN:
            break
        if tok is NEWLINE:
            lines += 1
        elif tok is not NEWLINE and tok.name == "stop":
            break
        i += 1
    return lines


def entry_point(argv):
    return count_lines(["a", "\n", "b", "\n", argv[0], "stop", "\n"])


if __name__ == "__main__":
    entry_point(sys.argv)
