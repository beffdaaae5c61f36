"""rpython.rlib.rfile.read_stdin_byte: reads the .stdin file byte by byte (values 0..255, -1 at
the end), counting byte classes, computing a checksum, and printing a hex dump of the first 32
bytes; multi-byte UTF-8 characters arrive as several bytes."""
from rpython.rlib.rfile import write_stdout, read_stdin_byte


def entry_point(argv):
    data = []
    while True:
        b = read_stdin_byte()
        if b < 0:
            break
        data.append(b)
    newlines = 0
    high = 0
    digits = 0
    checksum = 0
    for b in data:
        if b == 10:
            newlines += 1
        if b >= 128:
            high += 1
        if 48 <= b <= 57:
            digits += 1
        checksum = (checksum * 33 + b) % 1000000007
    write_stdout("%d bytes, %d newlines, %d non-ASCII bytes, %d digits, checksum %d\n" % (len(data), newlines, high, digits, checksum))
    for row in range(0, min(32, len(data)), 16):
        parts = []
        for b in data[row:row + 16]:
            parts.append("%02x" % b)
        write_stdout("%04x: %s\n" % (row, " ".join(parts)))
    write_stdout("after the end: %d %d\n" % (read_stdin_byte(), read_stdin_byte()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
