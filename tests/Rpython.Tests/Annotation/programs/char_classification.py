import sys

DIGIT = 0
LETTER = 1
SPACE = 2
OTHER = 3


def classify(c):
    if c.isdigit():
        return DIGIT
    if c.isalpha() or c == "_":
        return LETTER
    if c.isspace():
        return SPACE
    return OTHER


def histogram(text):
    counts = [0] * 4
    for c in text:
        counts[classify(c)] += 1
    return counts


def entry_point(argv):
    counts = histogram("abc 123 _x! " + argv[0])
    return (counts[DIGIT] * 1000 + counts[LETTER] * 100 +
            counts[SPACE] * 10 + counts[OTHER])


if __name__ == "__main__":
    entry_point(sys.argv)
