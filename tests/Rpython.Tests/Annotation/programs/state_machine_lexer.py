import sys

START = 0
IN_NUMBER = 1
IN_WORD = 2


def count_tokens(text):
    state = START
    numbers = 0
    words = 0
    for c in text + " ":
        if state == START:
            if c.isdigit():
                state = IN_NUMBER
                numbers += 1
            elif c.isalpha():
                state = IN_WORD
                words += 1
        elif state == IN_NUMBER:
            if not c.isdigit():
                state = START
        elif state == IN_WORD:
            if not c.isalnum():
                state = START
    return numbers, words


def entry_point(argv):
    numbers, words = count_tokens("let x1 = 42 + y9 * 7;" + argv[0])
    return numbers * 100 + words


if __name__ == "__main__":
    entry_point(sys.argv)
