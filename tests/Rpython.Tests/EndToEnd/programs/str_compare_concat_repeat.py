"""str comparisons (<, <=, >, >=, ==, != : code point order, prefixes, case, non-ASCII),
concatenation (with +=, in loops), repetition (by 0 and negative counts), 'in', len, and a
bubble sort of words by those comparisons."""
from rpython.rlib.rfile import write_stdout


def relation(a, b):
    parts = []
    if a < b:
        parts.append("<")
    if a <= b:
        parts.append("<=")
    if a > b:
        parts.append(">")
    if a >= b:
        parts.append(">=")
    if a == b:
        parts.append("==")
    if a != b:
        parts.append("!=")
    return " ".join(parts)


def sort_words(words):
    n = len(words)
    for i in range(n):
        for j in range(n - 1 - i):
            if words[j] > words[j + 1]:
                words[j], words[j + 1] = words[j + 1], words[j]


def entry_point(argv):
    pairs = [("apple", "banana"), ("apple", "apple"), ("app", "apple"), ("Zebra", "apple"), ("", "a"),
             ("abc", "abd"), ("b", "abc"), ("\u00e9", "z"), ("a\u20ac", "a\u00ff"), ("10", "9")]
    for a, b in pairs:
        write_stdout("'%s' vs '%s': %s\n" % (a, b, relation(a, b)))
    s = "ab"
    s += "cd"
    s = s + s
    write_stdout("%s %d\n" % (s, len(s)))
    acc = ""
    for i in range(5):
        acc += str(i) + ","
    write_stdout(acc + "\n")
    write_stdout("[%s] [%s] [%s] [%s]\n" % ("ab" * 3, "ab" * 0, "ab" * -2, "-" * 10))
    k = len(argv) + 2
    write_stdout("[%s]\n" % ("xy" * k))
    write_stdout("%s %s %s\n" % (str("b" in "abc"), str("bc" in "abc"), str("ca" in "abc")))
    words = ["pear", "Apple", "fig", "apple", "banana", "", "fig", "\u00e9clair", "Zoo"]
    sort_words(words)
    write_stdout("sorted: %s\n" % "|".join(words))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
