import sys


def pad_left(s, width, fill):
    if len(s) >= width:
        return s
    return fill * (width - len(s)) + s


def banner(title):
    line = "=" * (len(title) + 4)
    return line + "\n| " + title + " |\n" + line


def entry_point(argv):
    a = pad_left("42", 6, "0")
    b = pad_left(argv[0], 3, " ")
    c = banner("result")
    return len(a) + len(b) + len(c)


if __name__ == "__main__":
    entry_point(sys.argv)
