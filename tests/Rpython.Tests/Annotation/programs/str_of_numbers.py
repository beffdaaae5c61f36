import sys


def join_values(ints, floats):
    parts = []
    for i in ints:
        parts.append(str(i))
    for f in floats:
        parts.append(str(f))
    return ",".join(parts)


def digits_sum(n):
    total = 0
    for c in str(n):
        total += ord(c) - ord("0")
    return total


def entry_point(argv):
    text = join_values([1, -2, len(argv)], [0.5, 2.0])
    return len(text) + digits_sum(98765 + len(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
