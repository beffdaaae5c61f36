entry_point(argv: list(str(no_nul))) -> int(nonneg)
divmod_pair(a: int(nonneg), b: int(nonneg) = 3) -> tuple(int(nonneg), int(nonneg))
swap(pair: tuple(int(nonneg), int(nonneg))) -> tuple(int(nonneg), int(nonneg))
