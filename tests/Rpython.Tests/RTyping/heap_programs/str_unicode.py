# Unicode as CPython 3.11 has it: upper()/lower() with full case mappings ('ß' -> 'SS', 'İ' ->
# 'i̇') and the final sigma, the predicates on non-ASCII letters, digits and spaces (of strs and of
# single characters), code points above U+FFFF (len, indexing, ord, chr, slicing), chr's range.


def flags(s):
    return "".join(["T" if f else "F" for f in [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]])


def cases(n):
    words = ["caf\u00e9", "\u00c9T\u00c9", "stra\u00dfe", "\u0130stanbul", "\u03a3\u039f\u03a6\u039f\u03a3 \u03a3", "\u039f\u0394\u039f\u03a3.",
             "\u01c5", "\ufb01x", "\u0149", "MiXeD " + str(n), "\u2160\u216b", "\u24b6\u24d0", "\U00010400\U00010428", "", "\u00aa"]
    out = []
    for w in words:
        out.append(w.upper() + "/" + w.lower() + "/" + flags(w))
    return "|".join(out)


def predicates(n):
    samples = ["\u0663\u0661", "\u00b2", "\u00bd", "\u4e94", "abc" + str(n), "\u00a0\u2003\u3000\x1c", "\u200b", "a b", "\U0001d7d8",
               "\U0001f600", "\u0345", "x\u0301", "12" + str(n)]
    out = [flags(s) for s in samples]
    chars = "a\u00e9\u0663\u00b2 \u3000\u00c9\u01c5\u2160\U00010400_"
    out.append("".join([str(int(c.isalpha())) + str(int(c.isdigit())) + str(int(c.isalnum())) + str(int(c.isspace())) + str(int(c.isupper())) + str(int(c.islower())) for c in chars]))
    return " ".join(out)


def astral(n):
    s = "a\U0001f600b\U00010348c" + chr(0x10000 + n % 1000)
    codes = [len(s), ord(s[1]), ord(s[-1]), s.find("b"), s.count("\U0001f600"), ord(chr(0x10ffff)), len("\U0001f600" * 3)]
    try:
        codes.append(ord(chr(0x110000 + n)))
    except ValueError:
        codes.append(-1)
    try:
        codes.append(ord(chr(-1 - n % 2)))
    except ValueError:
        codes.append(-2)
    return ",".join([str(c) for c in codes]) + " " + s[1:4] + s[-2:]


def main(n):
    return cases(n) + "\n" + predicates(n) + "\n" + astral(n)
