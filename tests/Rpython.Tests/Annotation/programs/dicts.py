import sys


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def entry_point(argv):
    counts = count_words(argv)
    best = 0
    for word in counts:
        if counts[word] > best:
            best = counts[word]
    if "x" in counts:
        best += 1
    return best


if __name__ == "__main__":
    entry_point(sys.argv)
