entry_point(argv: list(str(no_nul))) -> int(nonneg)
histogram(text: str(no_nul)) -> list(int(nonneg), mutated)
classify(c: char(no_nul)) -> int(nonneg)
