entry_point(argv: list(str(no_nul))) -> int
checked_add(a: int(nonneg), b: int(nonneg) = 2) -> int
hash_string(s: str(no_nul)) -> int
