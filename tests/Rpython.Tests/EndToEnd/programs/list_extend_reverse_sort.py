"""list.extend (with another list, with itself, with an empty list), reverse (even and odd
lengths, empty), sort of ints, floats and strs (with duplicates, already sorted, reversed)."""
from rpython.rlib.rfile import write_stdout


def ints(l):
    parts = []
    for x in l:
        parts.append(str(x))
    return "[" + ", ".join(parts) + "]"


def entry_point(argv):
    a = [1, 2, 3]
    b = [4, 5]
    a.extend(b)
    write_stdout("extend: %s\n" % ints(a))
    a.extend([])
    write_stdout("extend([]): %s\n" % ints(a))
    b.extend(b)
    write_stdout("b.extend(b): %s\n" % ints(b))
    a.reverse()
    write_stdout("reverse: %s\n" % ints(a))
    c = [1, 2, 3, 4]
    c.reverse()
    write_stdout("reverse even: %s\n" % ints(c))
    e = [7]
    e.reverse()
    write_stdout("reverse one: %s\n" % ints(e))
    nums = [5, -3, 9, 0, 5, 12, -7, 3, 3, 100, -100]
    nums.sort()
    write_stdout("sorted ints: %s\n" % ints(nums))
    nums.reverse()
    write_stdout("descending: %s\n" % ints(nums))
    nums.sort()
    write_stdout("sorted again: %s\n" % ints(nums))
    fl = [2.5, -1.0, 3.25, 0.0, -0.5, 1e10, -1e-10]
    fl.sort()
    parts = []
    for f in fl:
        parts.append(str(f))
    write_stdout("sorted floats: %s\n" % " ".join(parts))
    words = ["pear", "apple", "Fig", "banana", "apple", "", "cherry"]
    words.sort()
    write_stdout("sorted strs: %s\n" % "|".join(words))
    big = []
    for i in range(200):
        big.append((i * 7919) % 211)
    big.sort()
    ok = True
    for i in range(len(big) - 1):
        if big[i] > big[i + 1]:
            ok = False
    write_stdout("big sorted: %s, first %d, last %d, sum %d\n" % (str(ok), big[0], big[-1], sum_of(big)))
    return 0


def sum_of(l):
    t = 0
    for x in l:
        t += x
    return t


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
