import sys


class Token(object):
    pass


class Number(Token):
    def __init__(self, value):
        self.value = value


class Word(Token):
    def __init__(self, text):
        self.text = text


def make(i):
    if i % 2 == 0:
        return Number(i)
    return Word("w%d" % i)


def number_value(token):
    assert isinstance(token, Number)
    return token.value


def entry_point(argv):
    total = 0
    for i in range(4):
        token = make(i)
        if isinstance(token, Number):
            total += number_value(token)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
