# The full case mappings CPython 3.11 uses beyond upper()/lower(): title(), capitalize(),
# swapcase() (the final sigma where they lower-case), casefold(); istitle(), and isdecimal() and
# isnumeric() of strs and of single characters, whose Numeric_Type distinctions isdigit() blurs.


def mappings(n):
    words = ["stra\u00dfe gro\u00df", "\ufb01sh \ufb03", "\u01c6emal \u01c4", "\u0130stanbul", "\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2",
             "\u1f80 \u1fb3x", "o'neil mc-donald " + str(n), "\u0149ab", "\u10d0\u10d1 \u1c90", "\u13a0\u13a1 \uab70", "", "\u00b5 \u017f"]
    out = []
    for w in words:
        out.append(w.title() + "/" + w.capitalize() + "/" + w.swapcase() + "/" + w.casefold())
    return "|".join(out)


def predicates(n):
    samples = ["\u00bd", "\u0663\u0661", "\u00b2", "\u4e94", "12" + str(n), "\u2160", "\U0001d7d8", "x1", "", "\u0f33"]
    out = []
    for s in samples:
        out.append(str(int(s.isdecimal())) + str(int(s.isdigit())) + str(int(s.isnumeric())))
    for c in "5\u00bd\u0663\u00b2\u4e94a":
        out.append(str(int(c.isdecimal())) + str(int(c.isnumeric())))
    titles = ["Hello World", "Hello world", "\u01c5ungla", "\u01c4ungla", "HELLO", "A1b", "", "1", "\u1f88bc", "Stra\u00dfe"]
    out.append("".join([str(int(t.istitle())) for t in titles]))
    return " ".join(out)


def main(n):
    return mappings(n) + "\n" + predicates(n)
