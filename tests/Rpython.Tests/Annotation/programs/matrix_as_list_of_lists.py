import sys


def make_matrix(rows, cols, fill):
    return [[fill] * cols for _ in range(rows)]


def identity(n):
    m = make_matrix(n, n, 0)
    for i in range(n):
        m[i][i] = 1
    return m


def multiply(a, b):
    n = len(a)
    p = len(b[0])
    result = make_matrix(n, p, 0)
    for i in range(n):
        for j in range(p):
            total = 0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def entry_point(argv):
    a = [[1, 2], [3, len(argv)]]
    product = multiply(a, identity(2))
    return product[1][0] + product[0][1]


if __name__ == "__main__":
    entry_point(sys.argv)
