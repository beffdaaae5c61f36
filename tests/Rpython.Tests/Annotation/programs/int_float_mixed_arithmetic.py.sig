entry_point(argv: list(str(no_nul))) -> int(nonneg)
average(values: list(int(nonneg))) -> float
scale(x: float, factor: int(nonneg) = 2) -> float
truncate(f: float) -> int
