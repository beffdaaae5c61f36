entry_point(argv: list(str(no_nul))) -> int(nonneg)
clamp(x: int, low: int(nonneg), high: int(nonneg)) -> int(nonneg)
