entry_point(argv: list(str(no_nul))) -> int(nonneg)
cost_of(name: str(no_nul)) -> int(nonneg)
