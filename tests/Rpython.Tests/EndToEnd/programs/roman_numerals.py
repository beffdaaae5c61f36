"""Roman numerals: conversion of ints 1..3999 to numerals with a prebuilt table of tuples,
parsing back (subtractive pairs), validation of malformed numerals, and a round trip over all
values checked."""
from rpython.rlib.rfile import write_stdout

TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = []
    for value, numeral in TABLE:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def from_roman(s):
    total = 0
    for i in range(len(s)):
        c = s[i]
        if c not in VALUES:
            return -1
        v = VALUES[c]
        if i + 1 < len(s) and s[i + 1] in VALUES and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def valid(s):
    n = from_roman(s)
    return n > 0 and to_roman(n) == s


def entry_point(argv):
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999]:
        write_stdout("%d = %s\n" % (n, to_roman(n)))
    ok = 0
    longest = ""
    for n in range(1, 4000):
        r = to_roman(n)
        if from_roman(r) == n:
            ok += 1
        if len(r) > len(longest):
            longest = r
    write_stdout("%d round trips ok, longest numeral %s (%d)\n" % (ok, longest, from_roman(longest)))
    for s in ["XIV", "IIII", "IC", "MCMXCIV", "ABC", "", "MMMM", "XLII"]:
        write_stdout("%s: value %d, valid %s\n" % (s, from_roman(s), str(valid(s))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
