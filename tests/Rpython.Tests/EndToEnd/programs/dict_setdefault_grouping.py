"""dict.setdefault: inserting a default only when the key is missing and returning the stored
value either way; grouping words by their first letter into lists (the list returned by
setdefault is the one in the dict) and counting with setdefault."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    d = {"a": 1}
    write_stdout("setdefault(a, 5) = %d\n" % d.setdefault("a", 5))
    write_stdout("setdefault(b, 5) = %d\n" % d.setdefault("b", 5))
    write_stdout("setdefault(b, 9) = %d\n" % d.setdefault("b", 9))
    write_stdout("%s\n" % ", ".join(["%s=%d" % (k, v) for k, v in d.items()]))
    groups = {}
    for w in "apple avocado banana blueberry cherry apricot cranberry date".split():
        groups.setdefault(w[0], []).append(w)
    for letter, words in groups.items():
        write_stdout("%s: %s\n" % (letter, " ".join(words)))
    by_length = {}
    for w in ["a", "bb", "cc", "ddd", "e", "ffff"]:
        l = by_length.setdefault(len(w), [])
        l.append(w)
    for n in [1, 2, 3, 4, 5]:
        if n in by_length:
            write_stdout("%d letters: %d words\n" % (n, len(by_length[n])))
        else:
            write_stdout("%d letters: none\n" % n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
