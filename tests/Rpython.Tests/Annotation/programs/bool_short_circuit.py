import sys


def in_bounds(items, i):
    return i >= 0 and i < len(items)


def valid_identifier(s):
    if not s:
        return False
    if not (s[0].isalpha() or s[0] == "_"):
        return False
    for c in s:
        if not (c.isalnum() or c == "_"):
            return False
    return True


def entry_point(argv):
    items = [1, 2, 3]
    score = 0
    if in_bounds(items, 2) and items[2] == 3:
        score += 1
    if in_bounds(items, 5) or not valid_identifier("9x"):
        score += 2
    if valid_identifier("_ok1") and not valid_identifier(argv[0] + "-"):
        score += 4
    return score


if __name__ == "__main__":
    entry_point(sys.argv)
