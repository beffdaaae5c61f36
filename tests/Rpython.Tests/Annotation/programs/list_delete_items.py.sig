entry_point(argv: list(str(no_nul))) -> int
remove_negatives(values: list(int, resizable)) -> list(int, resizable)
drop_prefix(values: list(int, resizable), n: int(nonneg) = 1) -> list(int, resizable)
