entry_point(argv: list(str(no_nul))) -> int(nonneg)
triangle(n: int(nonneg)) -> list(list(int(nonneg), resizable), resizable)
flatten(rows: list(list(int(nonneg), resizable), resizable)) -> list(int(nonneg), resizable)
