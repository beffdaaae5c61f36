entry_point(argv: list(str(no_nul))) -> int
arith(a: int(nonneg), b: int(nonneg)) -> tuple(int(nonneg), int, int(nonneg), int(nonneg), int(nonneg), int(nonneg), int(nonneg), int(nonneg), int(nonneg), int(nonneg), int, int)
