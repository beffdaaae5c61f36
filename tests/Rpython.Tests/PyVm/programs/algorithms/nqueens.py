# Counting N-queens solutions with backtracking; printing the first 6x6 solution.
def solve(n):
    cols, d1, d2, board, sols = set(), set(), set(), [], []
    def place(r):
        if r == n:
            sols.append(list(board))
            return
        for c in range(n):
            if c not in cols and r - c not in d1 and r + c not in d2:
                cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
                place(r + 1)
                cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(solve(n)))
for c in solve(6)[0]:
    print("." * c + "Q" + "." * (5 - c))
