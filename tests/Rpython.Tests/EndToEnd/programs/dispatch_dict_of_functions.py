"""A dict from operator names to functions built at import time, used as a dispatch table by a
tiny calculator; unknown names found with 'in'; the table's keys listed in insertion order."""
from rpython.rlib.rfile import write_stdout


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


def op_div(a, b):
    if b == 0:
        return 0
    return a // b


def op_mod(a, b):
    if b == 0:
        return 0
    return a % b


def op_pow(a, b):
    r = 1
    for i in range(b):
        r *= a
    return r


OPERATORS = {
    "+": op_add,
    "-": op_sub,
    "*": op_mul,
    "/": op_div,
    "%": op_mod,
    "^": op_pow,
}


def calculate(expr):
    parts = expr.split()
    acc = int(parts[0])
    i = 1
    while i + 1 < len(parts):
        name = parts[i]
        if name not in OPERATORS:
            return "unknown operator %s" % name
        acc = OPERATORS[name](acc, int(parts[i + 1]))
        i += 2
    return str(acc)


def entry_point(argv):
    write_stdout("operators: %s\n" % " ".join(OPERATORS.keys()))
    for expr in ["1 + 2 * 3", "10 / 3 - 7", "2 ^ 10 % 1000", "-7 % 3", "5 / 0", "4 & 4", "42"]:
        write_stdout("%s = %s\n" % (expr, calculate(expr)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
