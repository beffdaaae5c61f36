import sys

VOWELS = "aeiou"


def count_vowels(text):
    count = 0
    for c in text.lower():
        if c in VOWELS:
            count += 1
    return count


def mentions(text, word):
    return word in text


def entry_point(argv):
    text = "The quick brown fox jumps over the lazy dog"
    score = count_vowels(text)
    if mentions(text, "fox"):
        score += 100
    if mentions(text, argv[0]):
        score += 1000
    return score


if __name__ == "__main__":
    entry_point(sys.argv)
