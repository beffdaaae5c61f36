# int(s, base) as CPython reads it: prefixes 0x 0o 0b (base 0 takes the base from them, and
# refuses a nonzero decimal with a leading 0), underscores between digits and after a prefix,
# signs and spaces, digits beyond the base, bases outside 2..36 (ValueError).


def parse(text, base):
    try:
        return "%d" % int(text, base)
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def main(n):
    texts = ["0x1F", "0X1f", "-0xff", "+0o17", "0b101", "0B_1_0", "0x_ff", "0x__ff", "0x", "0x_", "0o8", "ff", "010", "00", "0_0", "0", "1_000",
             "_1", "1__0", "12", " 7 ", "z", "Z", "0b", "0b2", ""]
    parts = []
    for base in [0, 2, 8, 10, 16, 36, 1, 37, n]:
        row = []
        for t in texts:
            row.append(parse(t, base))
        parts.append(" ".join(row))
    return "\n".join(parts)
