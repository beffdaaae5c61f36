import sys


def collect(words, into=None):
    if into is None:
        into = []
    for w in words:
        if len(w) > 1:
            into.append(w)
    return into


def describe(name, prefix=None):
    if prefix is None:
        return name
    return prefix + name


def entry_point(argv):
    first = collect(argv)
    second = collect(["ab", "c"], first)
    label = describe("x") + describe("y", "pre-")
    return len(second) + len(label)


if __name__ == "__main__":
    entry_point(sys.argv)
