"""The Mandelbrot set drawn in ASCII with float arithmetic (escape-time iteration with a
bailout of 4.0), plus the iteration counts of a few points printed exactly; every step is
ordinary IEEE double arithmetic, so the picture is the same everywhere."""
from rpython.rlib.rfile import write_stdout

CHARS = " .:-=+*#%@"


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def entry_point(argv):
    width = 60
    height = 24
    limit = 50
    total = 0
    for row in range(height):
        ci = -1.2 + 2.4 * row / (height - 1)
        line = []
        for col in range(width):
            cr = -2.1 + 2.7 * col / (width - 1)
            n = escape_time(cr, ci, limit)
            total += n
            if n == limit:
                line.append("@")
            else:
                line.append(CHARS[n * (len(CHARS) - 1) // limit])
        write_stdout("".join(line).rstrip() + "\n")
    write_stdout("total iterations %d\n" % total)
    for cr, ci in [(0.0, 0.0), (-0.75, 0.1), (0.3, 0.5), (-1.25, 0.0), (0.25, 0.0), (-0.1, 0.651)]:
        write_stdout("(%s, %s): %d\n" % (str(cr), str(ci), escape_time(cr, ci, 1000)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
