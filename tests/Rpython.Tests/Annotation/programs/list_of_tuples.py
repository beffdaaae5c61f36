import sys


def make_pairs(words):
    pairs = []
    for w in words:
        pairs.append((w, len(w)))
    return pairs


def longest(pairs):
    best_word = ""
    best_len = -1
    for word, length in pairs:
        if length > best_len:
            best_word = word
            best_len = length
    return best_word, best_len


def entry_point(argv):
    pairs = make_pairs(argv + ["alpha", "be"])
    word, length = longest(pairs)
    return length - len(word)


if __name__ == "__main__":
    entry_point(sys.argv)
