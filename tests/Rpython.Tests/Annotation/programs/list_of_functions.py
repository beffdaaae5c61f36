import sys


def strip_spaces(s):
    return s.strip()


def lowercase(s):
    return s.lower()


def collapse_dashes(s):
    return s.replace("--", "-")


PIPELINE = [strip_spaces, lowercase, collapse_dashes]


def normalize(text):
    for step in PIPELINE:
        text = step(text)
    return text


def entry_point(argv):
    result = normalize("  Hello--World  ")
    other = normalize(argv[0])
    return len(result) + len(other)


if __name__ == "__main__":
    entry_point(sys.argv)
