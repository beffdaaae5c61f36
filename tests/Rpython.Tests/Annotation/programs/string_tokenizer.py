import sys


class Token(object):
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i]))
        elif c.isalpha():
            start = i
            while i < n and source[i].isalnum():
                i += 1
            tokens.append(Token("name", source[start:i]))
        else:
            tokens.append(Token("op", c))
            i += 1
    return tokens


def entry_point(argv):
    tokens = tokenize("x1 = 42 + y * 7")
    count = 0
    for tok in tokens:
        if tok.kind == "num":
            count += len(tok.text)
    return count


if __name__ == "__main__":
    entry_point(sys.argv)
