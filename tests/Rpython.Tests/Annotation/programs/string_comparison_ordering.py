import sys


def smallest(words):
    best = words[0]
    for w in words:
        if w < best:
            best = w
    return best


def compare(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def entry_point(argv):
    words = ["pear", "apple", "fig", argv[0]]
    first = smallest(words)
    result = compare("abc", "abd") + compare(first, "zzz") + compare("b", "a")
    if "Z" <= first <= "a":
        result += 10
    return result


if __name__ == "__main__":
    entry_point(sys.argv)
