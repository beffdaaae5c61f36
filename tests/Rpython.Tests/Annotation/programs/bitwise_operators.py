import sys


def pack(opcode, arg):
    return (opcode << 8) | (arg & 0xFF)


def unpack(word):
    return word >> 8, word & 0xFF


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def toggle(flags, mask):
    return flags ^ mask


def entry_point(argv):
    word = pack(3, 200 + len(argv))
    opcode, arg = unpack(word)
    flags = toggle(0b1010, 0b0110)
    return opcode + arg + popcount(word) + flags + (~flags & 7)


if __name__ == "__main__":
    entry_point(sys.argv)
