entry_point(argv: list(str(no_nul))) -> int(nonneg)
bubble_sort(items: list(int(nonneg), mutated)) -> None
is_sorted(items: list(int(nonneg), mutated)) -> bool
