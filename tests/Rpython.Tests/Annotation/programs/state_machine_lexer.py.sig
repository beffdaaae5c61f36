entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_tokens(text: str(no_nul)) -> tuple(int(nonneg), int(nonneg))
