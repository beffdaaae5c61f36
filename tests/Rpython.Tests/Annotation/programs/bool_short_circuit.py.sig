entry_point(argv: list(str(no_nul))) -> int(nonneg)
in_bounds(items: list(int(nonneg)), i: int(nonneg)) -> bool
valid_identifier(s: str(no_nul)) -> bool
