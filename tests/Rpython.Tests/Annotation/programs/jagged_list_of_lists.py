import sys


def triangle(n):
    rows = []
    for i in range(n):
        row = [1] * (i + 1)
        for j in range(1, i):
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j]
        rows.append(row)
    return rows


def flatten(rows):
    result = []
    for row in rows:
        result.extend(row)
    return result


def entry_point(argv):
    rows = triangle(6 + len(argv))
    flat = flatten(rows)
    return len(flat) + rows[-1][2]


if __name__ == "__main__":
    entry_point(sys.argv)
