"""str.find, rfind and count: found and not found, empty needles, with start and end bounds
(negative and out of range), overlapping occurrences; and 'in' on substrings."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    s = "abracadabra"
    write_stdout("find a=%d b=%d z=%d bra=%d ''=%d\n" % (s.find("a"), s.find("b"), s.find("z"), s.find("bra"), s.find("")))
    write_stdout("rfind a=%d b=%d z=%d bra=%d ''=%d\n" % (s.rfind("a"), s.rfind("b"), s.rfind("z"), s.rfind("bra"), s.rfind("")))
    write_stdout("find(a, 1)=%d find(a, 4)=%d find(a, 20)=%d find(a, -3)=%d\n" % (s.find("a", 1), s.find("a", 4), s.find("a", 20), s.find("a", -3)))
    write_stdout("find(bra, 2, 8)=%d find(bra, 2, 11)=%d find(a, 1, 3)=%d\n" % (s.find("bra", 2, 8), s.find("bra", 2, 11), s.find("a", 1, 3)))
    write_stdout("rfind(a, 0, 5)=%d rfind(bra, 0, 6)=%d rfind(a, -4)=%d\n" % (s.rfind("a", 0, 5), s.rfind("bra", 0, 6), s.rfind("a", -4)))
    write_stdout("count a=%d bra=%d z=%d ''=%d\n" % (s.count("a"), s.count("bra"), s.count("z"), s.count("")))
    write_stdout("count(a, 1)=%d count(a, 1, 5)=%d count(a, -4)=%d count(a, 3, -3)=%d\n" % (s.count("a", 1), s.count("a", 1, 5), s.count("a", -4), s.count("a", 3, -3)))
    write_stdout("'aaaa'.count('aa')=%d 'aaaa'.find('aa', 1)=%d\n" % ("aaaa".count("aa"), "aaaa".find("aa", 1)))
    write_stdout("''.find('')=%d ''.find('a')=%d ''.count('')=%d\n" % ("".find(""), "".find("a"), "".count("")))
    write_stdout("in: %s %s %s %s\n" % (str("cad" in s), str("dac" in s), str("" in s), str("a" in "")))
    # All positions of a needle.
    positions = []
    start = 0
    while True:
        i = s.find("a", start)
        if i < 0:
            break
        positions.append(str(i))
        start = i + 1
    write_stdout("positions of a: %s\n" % ",".join(positions))
    text = "one fish two fish red fish blue fish"
    write_stdout("fish x%d, last at %d, first at %d\n" % (text.count("fish"), text.rfind("fish"), text.find("fish")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
