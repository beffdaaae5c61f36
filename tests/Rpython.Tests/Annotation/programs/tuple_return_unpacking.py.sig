entry_point(argv: list(str(no_nul))) -> int
describe(values: list(int(nonneg))) -> tuple(int, float)
min_max_sum(values: list(int(nonneg))) -> tuple(int(nonneg), int(nonneg), int(nonneg))
