entry_point(argv: list(str(no_nul))) -> int
apply(symbol: char(no_nul), a: int(nonneg), b: int(nonneg)) -> int
op_add(a: int(nonneg), b: int(nonneg)) -> int(nonneg)
op_sub(a: int(nonneg), b: int(nonneg)) -> int
op_mul(a: int(nonneg), b: int(nonneg)) -> int(nonneg)
