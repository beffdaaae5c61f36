import sys


def normalize_keyword(word):
    lowered = word.lower()
    if lowered == "begin" or lowered == "end":
        return lowered.upper()
    return word


def all_digits(word):
    return len(word) > 0 and word.isdigit()


def entry_point(argv):
    words = ["Begin", "x", "123", "END", "4a"] + argv
    keywords = 0
    numbers = 0
    for w in words:
        if normalize_keyword(w).isupper():
            keywords += 1
        if all_digits(w):
            numbers += int(w)
    return keywords + numbers


if __name__ == "__main__":
    entry_point(sys.argv)
