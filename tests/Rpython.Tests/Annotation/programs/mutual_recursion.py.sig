entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_even(limit: int(nonneg)) -> int(nonneg)
is_even(n: int) -> bool
is_odd(n: int) -> bool
