import sys
from rpython.rlib.rfile import write_stdout


def join_numbers(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return ",".join(parts)


def strip_all(words):
    return [w.strip() for w in words]


def entry_point(argv):
    text = join_numbers(len(argv) + 3)
    cleaned = strip_all(argv)
    if text.startswith("0"):
        write_stdout(text + "\n")
    return len(cleaned)


if __name__ == "__main__":
    entry_point(sys.argv)
