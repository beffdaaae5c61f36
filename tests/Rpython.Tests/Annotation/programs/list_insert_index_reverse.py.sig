entry_point(argv: list(str(no_nul))) -> int(nonneg)
sorted_insert(items: list(int(nonneg), resizable), value: int(nonneg)) -> int(nonneg)
ranks(items: list(int(nonneg), resizable), values: list(int(nonneg))) -> list(int(nonneg), resizable)
