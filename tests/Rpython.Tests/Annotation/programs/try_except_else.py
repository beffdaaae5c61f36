import sys


def parse_number(text):
    if not text.isdigit():
        raise ValueError
    return int(text)


def sum_valid(texts):
    total = 0
    failures = 0
    for t in texts:
        try:
            n = parse_number(t)
        except ValueError:
            failures += 1
        else:
            total += n
    return total - failures


def entry_point(argv):
    return sum_valid(["12", "x", "30", "4b"] + argv)


if __name__ == "__main__":
    entry_point(sys.argv)
