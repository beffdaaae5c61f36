entry_point(argv: list(str(no_nul))) -> int
safe_index(items: list(int(nonneg)), i: int(nonneg)) -> int
safe_lookup(table: dict(str(no_nul) -> int(nonneg) = 1), key: str(no_nul)) -> int
safe_divide(a: int(nonneg), b: int) -> int
