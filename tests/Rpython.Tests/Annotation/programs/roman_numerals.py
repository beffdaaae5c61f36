import sys

VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
           "I"]
DIGIT_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    parts = []
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            parts.append(SYMBOLS[i])
            n -= VALUES[i]
    return "".join(parts)


def from_roman(s):
    total = 0
    for i in range(len(s)):
        value = DIGIT_VALUE[s[i]]
        if i + 1 < len(s) and DIGIT_VALUE[s[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def entry_point(argv):
    text = to_roman(1994 + len(argv))
    return from_roman(text) - 1994


if __name__ == "__main__":
    entry_point(sys.argv)
