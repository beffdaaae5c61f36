entry_point(argv: list(str(no_nul))) -> int
index_of_first_negative(values: list(int)) -> int
all_short(words: list(str(no_nul)), limit: int(nonneg) = 100) -> bool
