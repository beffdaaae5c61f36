import sys

PRECEDENCE = {
    "+": 10,
    "-": 10,
    "*": 20,
    "/": 20,
    "^": 30,
}

NAMES = {}
for _op, _level in PRECEDENCE.items():
    NAMES[_op] = "level%d" % _level


def precedence(op):
    return PRECEDENCE.get(op, 0)


def name_of(op):
    if op in NAMES:
        return NAMES[op]
    return "unknown"


def entry_point(argv):
    total = 0
    for op in ["+", "*", "^", argv[0]]:
        total += precedence(op) + len(name_of(op))
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
