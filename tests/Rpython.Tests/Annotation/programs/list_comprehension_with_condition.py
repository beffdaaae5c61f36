import sys


def evens_squared(n):
    return [i * i for i in range(n) if i % 2 == 0]


def long_words(words, limit):
    return [w.upper() for w in words if len(w) > limit]


def lengths(words):
    return [len(w) for w in words]


def entry_point(argv):
    squares = evens_squared(10 + len(argv))
    words = long_words(["a", "abc", "abcdef"] + argv, 2)
    sizes = lengths(words)
    return len(squares) + len(words) + sizes[0]


if __name__ == "__main__":
    entry_point(sys.argv)
