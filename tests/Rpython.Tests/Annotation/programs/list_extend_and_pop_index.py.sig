entry_point(argv: list(str(no_nul))) -> int(nonneg)
merge(a: list(int(nonneg), resizable), b: list(int(nonneg), resizable)) -> list(int(nonneg), resizable)
drain_front(items: list(int(nonneg), resizable)) -> int(nonneg)
