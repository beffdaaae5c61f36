entry_point(argv: list(str(no_nul))) -> int(nonneg)
find_divisor(n: int(nonneg)) -> int(nonneg)
