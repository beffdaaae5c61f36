import sys


def group_by_length(words):
    groups = {}
    for w in words:
        n = len(w)
        if n not in groups:
            groups[n] = []
        groups[n].append(w)
    return groups


def longest_group(groups):
    best = 0
    for key in groups:
        size = len(groups[key])
        if size > best:
            best = size
    return best


def entry_point(argv):
    words = ["a", "bb", "cc", "ddd"] + argv
    groups = group_by_length(words)
    return longest_group(groups)


if __name__ == "__main__":
    entry_point(sys.argv)
