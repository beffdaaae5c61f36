entry_point(argv: list(str(no_nul))) -> int(nonneg)
squares(n: int(nonneg)) -> list(int(nonneg), resizable)
total(items: list(int(nonneg), resizable)) -> int(nonneg)
