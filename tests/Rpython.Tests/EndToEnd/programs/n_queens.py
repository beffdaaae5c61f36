"""The N-queens puzzle by backtracking: counts solutions for N = 1..8, prints the first
solution for N = 8 as a board, using lists of bools for occupied columns and diagonals."""
from rpython.rlib.rfile import write_stdout


class Solver(object):
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.diag1 = [False] * (2 * n)
        self.diag2 = [False] * (2 * n)
        self.placement = [0] * n
        self.count = 0
        self.first = []

    def solve(self, row):
        n = self.n
        if row == n:
            self.count += 1
            if not self.first:
                self.first = list(self.placement)
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if self.cols[c] or self.diag1[d1] or self.diag2[d2]:
                continue
            self.cols[c] = True
            self.diag1[d1] = True
            self.diag2[d2] = True
            self.placement[row] = c
            self.solve(row + 1)
            self.cols[c] = False
            self.diag1[d1] = False
            self.diag2[d2] = False


def entry_point(argv):
    for n in range(1, 9):
        s = Solver(n)
        s.solve(0)
        write_stdout("N=%d: %d solutions\n" % (n, s.count))
    s = Solver(8)
    s.solve(0)
    for row in range(8):
        line = []
        for c in range(8):
            if s.first[row] == c:
                line.append("Q")
            else:
                line.append(".")
        write_stdout(" ".join(line) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
