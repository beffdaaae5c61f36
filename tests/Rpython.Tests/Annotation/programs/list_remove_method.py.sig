entry_point(argv: list(str(no_nul))) -> int
build(n: int(nonneg)) -> list(int(nonneg), resizable)
position_of(items: list(int(nonneg), resizable), value: int(nonneg) = 6) -> int
