"""Augmented assignment on every operator: += -= *= //= %= <<= >>= &= |= ^= on ints
(negative values included), += -= *= /= on floats, += on strs and lists (the list is extended
in place: an alias sees it), and on attributes and list items."""
from rpython.rlib.rfile import write_stdout


class Acc(object):
    def __init__(self):
        self.total = 0
        self.items = [1, 2, 3]


def entry_point(argv):
    x = -17
    steps = []
    x += 5
    steps.append(x)
    x -= -3
    steps.append(x)
    x *= 7
    steps.append(x)
    x //= 4
    steps.append(x)
    x %= 13
    steps.append(x)
    x <<= 5
    steps.append(x)
    x >>= 2
    steps.append(x)
    x &= 0x3c
    steps.append(x)
    x |= 0x101
    steps.append(x)
    x ^= 0xff
    steps.append(x)
    write_stdout("ints: %s\n" % " ".join([str(s) for s in steps]))
    y = -x
    y //= 3
    z = -x
    z %= 5
    write_stdout("negative: %d %d\n" % (y, z))
    f = 1.5
    f += 0.25
    f -= 3.0
    f *= -2.0
    f /= 8.0
    write_stdout("float: %s\n" % str(f))
    s = "ab"
    s += "cd"
    s += s
    write_stdout("str: %s\n" % s)
    l = [1]
    alias = l
    l += [2, 3]
    l += l
    write_stdout("list: %s alias len %d\n" % (" ".join([str(v) for v in l]), len(alias)))
    a = Acc()
    for i in range(5):
        a.total += i * i
        a.items[i % 3] *= 2
    a.items[-1] -= 100
    write_stdout("attr %d items %s\n" % (a.total, " ".join([str(v) for v in a.items])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
