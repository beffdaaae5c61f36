entry_point(argv: list(str(no_nul))) -> int
first_pair_with_sum(values: list(int(nonneg)), target: int(nonneg) = 10) -> tuple(int, int)
count_coprime_pairs(n: int(nonneg) = 8) -> int(nonneg)
