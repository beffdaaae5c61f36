"""IndexError from indexing a str past either end, caught right at the index and re-raised to
a caller (an implicit IndexError exists only where the same function handles it); the empty
string."""
from rpython.rlib.rfile import write_stdout


def char_at(s, i):
    try:
        return s[i]
    except IndexError:
        return "?"


def first_char(s):
    try:
        return s[0]
    except IndexError:
        raise


def entry_point(argv):
    s = "hello"
    out = []
    for i in [0, 4, 5, -1, -5, -6, 100, -100]:
        out.append("%d:%s" % (i, char_at(s, i)))
    write_stdout(" ".join(out) + "\n")
    for word in ["abc", "", "z"]:
        try:
            write_stdout("first of '%s' is %s\n" % (word, first_char(word)))
        except IndexError:
            write_stdout("'%s' has no first char\n" % word)
    errors = 0
    total = 0
    i = 0
    while True:
        try:
            total += ord(s[i])
        except IndexError:
            errors += 1
            break
        i += 1
    write_stdout("sum of codes %d, stopped at %d, errors %d\n" % (total, i, errors))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
