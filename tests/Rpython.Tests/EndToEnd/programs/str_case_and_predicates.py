"""str.lower, upper, isdigit, isalpha, isalnum, isspace, islower, isupper on ASCII text, mixed
text, empty strings, and a few accented (non-ASCII) letters."""
from rpython.rlib.rfile import write_stdout


def flag(b):
    if b:
        return "T"
    return "F"


def entry_point(argv):
    samples = ["abc", "ABC", "Abc", "123", "12a", "a b", " \t\n", "", "_", "x1Y2", "3.5", "-7",
               "HELLO WORLD", "hello world!", "caf\u00e9", "\u00c9T\u00c9", "\u00fcber"]
    write_stdout("text | lower | upper | digit alpha alnum space lower upper\n")
    for s in samples:
        write_stdout("[%s] | [%s] | [%s] | %s %s %s %s %s %s\n" % (
            s, s.lower(), s.upper(), flag(s.isdigit()), flag(s.isalpha()), flag(s.isalnum()),
            flag(s.isspace()), flag(s.islower()), flag(s.isupper())))
    # Characters one by one.
    counts = [0, 0, 0, 0]
    for c in "The year 2024 has 366 days, 12 months!":
        if c.isdigit():
            counts[0] += 1
        elif c.isupper():
            counts[1] += 1
        elif c.islower():
            counts[2] += 1
        elif c.isspace():
            counts[3] += 1
    write_stdout("digits=%d upper=%d lower=%d spaces=%d\n" % (counts[0], counts[1], counts[2], counts[3]))
    title = []
    capitalize = True
    for c in "the quick brown fox":
        if capitalize and c.isalpha():
            title.append(c.upper())
            capitalize = False
        else:
            title.append(c)
        if c == " ":
            capitalize = True
    write_stdout("".join(title) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
