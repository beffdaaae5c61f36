"""Float arithmetic: + - * / and ** with rounding, accumulation, mixing with ints, unary minus,
in-place operators, and a Newton iteration and a series sum whose printed digits depend on
every rounding step."""
from rpython.rlib.rfile import write_stdout


def newton_sqrt(x):
    guess = x / 2.0
    for i in range(30):
        guess = (guess + x / guess) / 2.0
    return guess


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def entry_point(argv):
    a = 7.5
    b = -2.25
    write_stdout("%s %s %s %s\n" % (str(a + b), str(a - b), str(a * b), str(a / b)))
    write_stdout("%s %s\n" % (str(a ** 2), str(2.0 ** -3)))
    write_stdout("%s %s %s\n" % (str(3 + 0.5), str(3 * 0.1), str(1 - 0.9)))
    write_stdout("%s %s\n" % (str(7 / 2), str(-7 / 2)))
    write_stdout("%s\n" % str(1e300 * 1e-300))
    x = 1.0
    x += 0.5
    x *= 3
    x -= 0.25
    x /= 2
    write_stdout("x = %s, -x = %s\n" % (str(x), str(-x)))
    for v in [2.0, 10.0, 0.5, 1e10]:
        write_stdout("newton_sqrt(%s) = %s\n" % (str(v), str(newton_sqrt(v))))
    for n in [1, 10, 1000]:
        write_stdout("leibniz(%d) = %s\n" % (n, str(leibniz_pi(n))))
    write_stdout("horner = %s\n" % str(horner([1.0, -3.0, 0.5, 2.0], 1.7)))
    total = 0.0
    for i in range(1, 101):
        total += 1.0 / i
    write_stdout("H(100) = %s\n" % str(total))
    prod = 1.0
    for i in range(1, 31):
        prod *= i
    write_stdout("30! as float = %s\n" % str(prod))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
