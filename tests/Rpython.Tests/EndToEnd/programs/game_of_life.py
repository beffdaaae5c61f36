"""Conway's Game of Life on a small torus (wrapping edges, computed with %), a glider and a
blinker; the board is a list of lists of bools, printed every few generations, with the live
cell count."""
from rpython.rlib.rfile import write_stdout

WIDTH = 12
HEIGHT = 8


def make_board(cells):
    board = [[False] * WIDTH for y in range(HEIGHT)]
    for x, y in cells:
        board[y][x] = True
    return board


def step(board):
    new = [[False] * WIDTH for y in range(HEIGHT)]
    for y in range(HEIGHT):
        for x in range(WIDTH):
            n = 0
            for dy in [-1, 0, 1]:
                for dx in [-1, 0, 1]:
                    if dx == 0 and dy == 0:
                        continue
                    if board[(y + dy) % HEIGHT][(x + dx) % WIDTH]:
                        n += 1
            if board[y][x]:
                new[y][x] = n == 2 or n == 3
            else:
                new[y][x] = n == 3
    return new


def show(board, generation):
    alive = 0
    lines = []
    for row in board:
        chars = []
        for cell in row:
            if cell:
                chars.append("#")
                alive += 1
            else:
                chars.append(".")
        lines.append("".join(chars))
    write_stdout("generation %d, %d alive\n%s\n" % (generation, alive, "\n".join(lines)))


def entry_point(argv):
    board = make_board([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)])
    for gen in range(25):
        if gen % 8 == 0:
            show(board, gen)
        board = step(board)
    show(board, 25)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
