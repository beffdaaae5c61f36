import sys


def classify_number(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return "composite"
    if n == 1:
        return "unit"
    return "prime"


def first_word_length(text):
    for i in range(len(text)):
        if text[i] == " ":
            return i
    return len(text)


def entry_point(argv):
    total = 0
    for n in [-3, 0, 1, 7, 12, len(argv)]:
        total += len(classify_number(n))
    total += first_word_length("hello world")
    return total + first_word_length(argv[0])


if __name__ == "__main__":
    entry_point(sys.argv)
