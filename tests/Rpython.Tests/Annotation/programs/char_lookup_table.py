import sys

CHAR_CLASS = [0] * 256
for _c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
    CHAR_CLASS[ord(_c)] = 1
for _c in "0123456789":
    CHAR_CLASS[ord(_c)] = 2
for _c in " \t\n":
    CHAR_CLASS[ord(_c)] = 3


def char_class(c):
    code = ord(c)
    if code < 256:
        return CHAR_CLASS[code]
    return 0


def count_identifiers(text):
    count = 0
    previous = 0
    for c in text:
        cls = char_class(c)
        if cls == 1 and previous != 1 and previous != 2:
            count += 1
        previous = cls
    return count


def entry_point(argv):
    return count_identifiers("x = foo(bar1, 2) + _baz " + argv[0])


if __name__ == "__main__":
    entry_point(sys.argv)
