entry_point(argv: list(str(no_nul))) -> int
binary_search(items: list(int(nonneg), resizable), target: int(nonneg)) -> int
