entry_point(argv: list(str(no_nul))) -> int
dispatch(name: str(no_nul), x: int(nonneg)) -> int
op_inc(x: int(nonneg)) -> int(nonneg)
op_double(x: int(nonneg)) -> int(nonneg)
op_square(x: int(nonneg)) -> int(nonneg)
