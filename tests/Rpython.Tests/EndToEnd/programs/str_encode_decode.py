"""str.encode() to UTF-8 bytes and bytes.decode() back: lengths in bytes vs characters, byte
values (indexing bytes gives ints), iteration over bytes, concatenation of bytes, comparison,
and os.write of encoded text."""
import os
from rpython.rlib.rfile import write_stdout


def hex_bytes(b):
    parts = []
    for x in b:
        parts.append("%02x" % x)
    return " ".join(parts)


def entry_point(argv):
    for s in ["", "abc", "caf\u00e9", "\u20ac", "\u4e2d\u6587", "\U0001f600", "a\nb"]:
        b = s.encode()
        back = b.decode()
        write_stdout("chars=%d bytes=%d [%s] same=%s\n" % (len(s), len(b), hex_bytes(b), str(back == s)))
    data = "h\u00e9llo".encode()
    write_stdout("data[0]=%d data[1]=%d data[-1]=%d\n" % (data[0], data[1], data[len(data) - 1]))
    joined = "ab".encode() + "\u00e9".encode()
    write_stdout("joined: %s -> %s\n" % (hex_bytes(joined), joined.decode()))
    write_stdout("equal: %s %s\n" % (str("x".encode() == "x".encode()), str("x".encode() == "y".encode())))
    total = 0
    for x in "checksum me".encode():
        total = (total * 31 + x) % 65521
    write_stdout("checksum %d\n" % total)
    sliced = data[1:3]
    write_stdout("sliced: %s -> %s\n" % (hex_bytes(sliced), sliced.decode()))
    n = os.write(1, "written with os.write: \u00fc\n".encode())
    write_stdout("os.write wrote %d bytes\n" % n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
