entry_point(argv: list(str(no_nul))) -> int
clamp(value: int(nonneg), low: int(nonneg) = 0, high: int(nonneg) = 50) -> int(nonneg)
distance(a: int(nonneg) = 3, b: int(nonneg)) -> int(nonneg)
spread(values: list(int)) -> int
