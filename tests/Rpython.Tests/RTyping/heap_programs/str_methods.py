# The methods of str as CPython has them: split/rsplit (on whitespace, on a separator, with
# maxsplit), strip with chars, find/rfind/index/rindex (ValueError)/count/startswith/endswith with bounds (negative, beyond
# the end, empty needles), replace (with a count, an empty old), join, slices with negative bounds,
# indexing (IndexError), 'in', comparisons, and the rpython.rlib.rstring functions.
from rpython.rlib import rstring


def show(parts):
    return "[" + "|".join(parts) + "]"


def splitting(n):
    s = "  a b\tc  " + str(n) + "  "
    out = [show(s.split()), show(s.split(None, 1)), show(s.rsplit()), show(s.rsplit(None, 1)), show(s.split(None, 0)), show(s.rsplit(None, 0))]
    t = "x,,y," + str(n) + ",z"
    out += [show(t.split(",")), show(t.rsplit(",")), show(t.split(",", 2)), show(t.rsplit(",", 2)), show(t.rsplit(",", n % 4))]
    out += [show("aaaa".split("aa")), show("aaa".rsplit("aa")), show("".split(",")), show("".split()), show("   ".rsplit())]
    try:
        t.split("")
    except ValueError:
        out.append("ValueError")
    out.append(show(rstring.split(t, ",", 1)) + show(rstring.rsplit(t, ",", 1)) + show(rstring.split(s)))
    return " ".join(out)


def searching(n):
    s = "abcabc" + str(n)
    nums = [s.find("bc"), s.rfind("bc"), s.find("bc", 2), s.find("bc", -3), s.rfind("bc", 0, 4), s.find("zz"),
            s.find(""), s.find("", 100), s.find("", len(s)), s.rfind(""), s.count("bc"), s.count(""), s.count("", 3, 5),
            s.count("", 100), s.find("c"), s.find("c", n), s.count("b", 1, -1), s.find("a", -100)]
    flags = [s.startswith("abc"), s.startswith("bc", 1), s.startswith("bc", 1, 2), s.endswith(str(n)), s.endswith("abc", 0, 6),
             s.startswith(""), s.startswith("", 100), s.endswith("c", -100, -len(str(n))), "ca" in s, "" in s, "x" in s, "b" in s]
    nums.append(rstring.find(s, "c", 3) + rstring.rfind(s, "a") * 100 + rstring.count(s, "abc") * 10000)
    nums += [s.index("c"), s.rindex("c"), s.index("ab", 1), s.rindex("", 2), s.index("c", 1 - len(s), 4)]
    try:
        nums.append(s.index("abc", 4))
    except ValueError:
        nums.append(-10)
    try:
        nums.append(s.rindex("z"))
    except ValueError:
        nums.append(-20)
    flags.append(rstring.startswith(s, "ab") and not rstring.endswith(s, "ab"))
    return ",".join([str(x) for x in nums]) + " " + "".join(["T" if f else "F" for f in flags])


def changing(n):
    s = "--" + str(n) + "--"
    out = [s.strip("-"), s.lstrip("-"), s.rstrip("-"), s.strip("-" + str(n)), "  x \n".strip(), "xyx".strip("xy"), s.strip("")]
    out += ["abcabc".replace("b", "XY"), "abcabc".replace("b", "", 1), "abc".replace("", "-"), "abc".replace("", "-", 2),
            "aaa".replace("aa", "b"), s.replace("-", "+", n), "".replace("", "x"), rstring.replace("a.b.c", ".", "::")]
    out += ["-".join(["a", str(n), ""]), "".join([str(n)][1:]), ", ".join(["x"]), "+".join([c for c in "xyz"])]
    return "|".join(out)


def indexing(n):
    s = "h\u00e9llo" + str(n)
    out = [s[1:3], s[-3:], s[:-2], s[-100:2], s[3:100], s[4:1], s[n:], s[:n], s[-1] + s[0]]
    try:
        out.append(s[n])
    except IndexError:
        out.append("IndexError")
    try:
        out.append(s[-n - 10])
    except IndexError:
        out.append("IndexError")
    return "|".join(out)


def comparing(n):
    words = ["b", "ab", "abc", "", str(n), "\u00e9", "\U0001f600", "a"]
    bits = []
    for a in words:
        for b in words:
            bits.append(str(int(a < b) + 2 * int(a <= b) + 4 * int(a == b) + 8 * int(a != b) + 16 * int(a > b) + 32 * int(a >= b)))
    c = "abc"[n % 3]
    bits.append(str(int(c < "b") + 2 * int(c == "b") + 4 * int(c in "abc") + 8 * int("a" + c in "xab")))
    return ".".join(bits)


def main(n):
    return "\n".join([splitting(n), searching(n), changing(n), indexing(n), comparing(n)])
