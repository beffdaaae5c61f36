"""Lists of lists as matrices: building, transposing, multiplying, identity, determinant by
Gaussian elimination on floats, and printing with widths; rows appended and mutated in place."""
from rpython.rlib.rfile import write_stdout


def make(rows, cols, start):
    m = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(start + r * cols + c)
        m.append(row)
    return m


def multiply(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = []
    for r in range(rows):
        row = []
        for c in range(cols):
            s = 0
            for k in range(inner):
                s += a[r][k] * b[k][c]
            row.append(s)
        out.append(row)
    return out


def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def show(label, m):
    write_stdout("%s:\n" % label)
    for row in m:
        write_stdout("".join(["%6d" % x for x in row]) + "\n")


def determinant(m):
    n = len(m)
    a = [[float(x) for x in row] for row in m]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if a[pivot][col] == 0.0:
            return 0.0
        if pivot != col:
            a[pivot], a[col] = a[col], a[pivot]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= factor * a[col][c]
    return det


def entry_point(argv):
    a = make(2, 3, 1)
    b = make(3, 2, -2)
    show("a", a)
    show("b", b)
    show("a x b", multiply(a, b))
    show("transpose(a)", transpose(a))
    ident = [[0] * 3 for i in range(3)]
    for i in range(3):
        ident[i][i] = 1
    show("b^T x I", multiply(transpose(b), ident))
    for m in [[[2, 0], [0, 3]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[0, 1], [1, 0]], [[1, 2], [2, 4]]]:
        write_stdout("det = %s\n" % str(determinant(m)))
    jagged = [[1], [2, 3], [], [4, 5, 6]]
    jagged[2].append(9)
    total = 0
    for row in jagged:
        for x in row:
            total += x
    write_stdout("jagged lengths %d %d %d %d, total %d\n" % (len(jagged[0]), len(jagged[1]), len(jagged[2]), len(jagged[3]), total))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
