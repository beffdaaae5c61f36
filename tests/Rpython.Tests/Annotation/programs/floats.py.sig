entry_point(argv: list(str(no_nul))) -> int(nonneg)
mean(values: list(float)) -> float
