import sys


def index_by_initial(words):
    index = {}
    for w in words:
        if len(w) == 0:
            continue
        index.setdefault(w[0], []).append(w)
    return index


def biggest_bucket(index):
    best = 0
    for bucket in index.values():
        best = max(best, len(bucket))
    return best


def entry_point(argv):
    words = ["apple", "avocado", "banana", "", "blue", "bean"] + argv
    index = index_by_initial(words)
    return biggest_bucket(index) + len(index)


if __name__ == "__main__":
    entry_point(sys.argv)
