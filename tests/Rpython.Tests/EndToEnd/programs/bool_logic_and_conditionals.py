"""Booleans and control flow: and/or/not with short-circuit (side effects counted), bools as
ints in arithmetic, conditional expressions, chained comparisons, truth of ints, floats, strs,
lists and dicts, and while loops with complex conditions."""
from rpython.rlib.rfile import write_stdout


class Probe(object):
    def __init__(self):
        self.calls = 0

    def check(self, value):
        self.calls += 1
        return value


def truth(b):
    if b:
        return "T"
    return "F"


def float_truth(x):
    if x:
        return "T"
    return "F"


def str_truth(s):
    if s:
        return "T"
    return "F"


def sign(x):
    return "neg" if x < 0 else ("zero" if x == 0 else "pos")


def entry_point(argv):
    p = Probe()
    r1 = p.check(False) and p.check(True)
    r2 = p.check(True) or p.check(False)
    r3 = p.check(True) and p.check(False)
    r4 = p.check(False) or p.check(False)
    write_stdout("%s %s %s %s, calls %d\n" % (truth(r1), truth(r2), truth(r3), truth(r4), p.calls))
    write_stdout("not: %s %s\n" % (truth(not r1), truth(not r2)))
    t = True
    f = False
    write_stdout("True + True = %d, True * 5 = %d, False - 1 = %d\n" % (t + t, t * 5, f - 1))
    count = 0
    for x in [3, -1, 0, 8]:
        count += x > 0
    write_stdout("positives: %d\n" % count)
    for x in [-5, 0, 7]:
        write_stdout("%d is %s\n" % (x, sign(x)))
    for x in [0, 1, 5, 10, 11]:
        write_stdout("%d: 1 <= x < 10 %s, 0 < x == 1 %s\n" % (x, truth(1 <= x < 10), truth(0 < x == 1)))
    write_stdout("ints: %s %s %s\n" % (truth(0), truth(-3), truth(bool(7))))
    write_stdout("floats: %s %s %s\n" % (float_truth(0.0), float_truth(-0.0), float_truth(0.5)))
    write_stdout("strs: %s %s %s\n" % (str_truth(""), str_truth("x"), str_truth(" ")))
    empty = []
    full = [0]
    write_stdout("lists: %s %s\n" % (truth(len(empty) > 0), truth(len(full) > 0)))
    if not empty and full:
        write_stdout("empty list is falsy, [0] is truthy\n")
    d = {}
    if not d:
        write_stdout("empty dict is falsy\n")
    d[0] = 0
    if d:
        write_stdout("{0: 0} is truthy\n")
    a = 0
    b = 100
    steps = 0
    while a < b and (b - a) % 7 != 0 or steps < 3:
        a += 3
        b -= 2
        steps += 1
    write_stdout("a=%d b=%d steps=%d\n" % (a, b, steps))
    x = 15
    label = "fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x)
    write_stdout("%s\n" % label)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
