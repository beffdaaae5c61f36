import sys


def parse_assignments(text):
    names = []
    values = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = line.split("=")
        if len(parts) != 2:
            continue
        names.append(parts[0].strip())
        values.append(int(parts[1].strip()))
    return names, values


def entry_point(argv):
    names, values = parse_assignments(" a = 1 \n\n b=22\nbad line\n  c =3")
    total = 0
    for v in values:
        total += v
    return total + len(names)


if __name__ == "__main__":
    entry_point(sys.argv)
