import sys


def classify_path(path):
    if path.startswith("/"):
        kind = 1
    elif path.startswith("./") or path.startswith("../"):
        kind = 2
    else:
        kind = 3
    if path.endswith(".py"):
        kind += 10
    elif path.endswith("/"):
        kind += 20
    return kind


def entry_point(argv):
    total = 0
    for p in ["/usr/bin/", "./x.py", "lib", argv[0]]:
        total += classify_path(p)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
