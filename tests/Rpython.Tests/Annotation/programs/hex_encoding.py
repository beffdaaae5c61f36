import sys

HEX_DIGITS = "0123456789abcdef"


def to_hex(n):
    if n == 0:
        return "0"
    digits = []
    while n > 0:
        digits.append(HEX_DIGITS[n & 15])
        n >>= 4
    digits.reverse()
    return "".join(digits)


def from_hex(s):
    value = 0
    for c in s:
        value = value * 16 + HEX_DIGITS.find(c)
    return value


def entry_point(argv):
    text = to_hex(48879 + len(argv))
    return from_hex(text) - 48879


if __name__ == "__main__":
    entry_point(sys.argv)
