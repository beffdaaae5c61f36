entry_point(argv: list(str(no_nul))) -> int(nonneg)
sum_evens(n: int(nonneg)) -> int(nonneg)
countdown(n: int(nonneg)) -> list(int, resizable)
