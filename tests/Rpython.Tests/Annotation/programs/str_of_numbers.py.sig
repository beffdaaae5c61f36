entry_point(argv: list(str(no_nul))) -> int
join_values(ints: list(int), floats: list(float)) -> str
digits_sum(n: int(nonneg)) -> int
