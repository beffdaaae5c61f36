import sys


def encode(text):
    if len(text) == 0:
        return ""
    parts = []
    current = text[0]
    count = 1
    for i in range(1, len(text)):
        c = text[i]
        if c == current:
            count += 1
        else:
            parts.append(str(count) + current)
            current = c
            count = 1
    parts.append(str(count) + current)
    return "".join(parts)


def decode(encoded):
    parts = []
    count = 0
    for c in encoded:
        if c.isdigit():
            count = count * 10 + (ord(c) - ord("0"))
        else:
            parts.append(c * count)
            count = 0
    return "".join(parts)


def entry_point(argv):
    packed = encode("aaabccddddd" + argv[0])
    unpacked = decode(packed)
    return len(unpacked) - len(packed)


if __name__ == "__main__":
    entry_point(sys.argv)
