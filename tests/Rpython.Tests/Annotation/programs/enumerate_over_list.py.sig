entry_point(argv: list(str(no_nul))) -> int(nonneg)
find_all(items: list(str(no_nul)), target: char(no_nul) = 'a') -> list(int(nonneg), resizable)
weighted_sum(values: list(int(nonneg))) -> int(nonneg)
