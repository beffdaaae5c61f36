"""Module-level constants computed at import time: a table of squares built in a loop, a
lookup table of character classes, a CRC-like table of 256 entries, a list of primes from a
sieve run at import, and a tuple of names; the entry point only reads them."""
from rpython.rlib.rfile import write_stdout

SQUARES = [i * i for i in range(20)]

CHAR_CLASS = {}
for _c in "abcdefghijklmnopqrstuvwxyz":
    CHAR_CLASS[_c] = "lower"
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    CHAR_CLASS[_c] = "upper"
for _c in "0123456789":
    CHAR_CLASS[_c] = "digit"


def _make_table():
    table = []
    for n in range(256):
        c = n
        for k in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC_TABLE = _make_table()


def _sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    for i in range(2, limit + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i in range(limit + 1) if flags[i]]


PRIMES = _sieve(200)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
GREETING = "hello" + ", " + "world"


def crc32(text):
    crc = 0xFFFFFFFF
    for ch in text:
        crc = CRC_TABLE[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def entry_point(argv):
    write_stdout("squares: %s\n" % " ".join([str(s) for s in SQUARES]))
    for c in "aZ5?":
        write_stdout("%s: %s\n" % (c, CHAR_CLASS.get(c, "other")))
    write_stdout("crc table: %x %x %x %x\n" % (CRC_TABLE[0], CRC_TABLE[1], CRC_TABLE[128], CRC_TABLE[255]))
    for s in ["", "a", "hello", "The quick brown fox jumps over the lazy dog"]:
        write_stdout("crc32('%s') = %x\n" % (s, crc32(s)))
    write_stdout("%d primes below 200, last %d, sum %d\n" % (len(PRIMES), PRIMES[-1], sum_list(PRIMES)))
    write_stdout("day 3 is %s, day -1 is %s\n" % (WEEKDAYS[3], WEEKDAYS[-1]))
    write_stdout(GREETING + "\n")
    return 0


def sum_list(l):
    t = 0
    for x in l:
        t += x
    return t


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
