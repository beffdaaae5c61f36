entry_point(argv: list(str(no_nul))) -> int
make_offsetters.<locals>.add_offset(n: int(nonneg), offset: int(nonneg) = 1) -> int(nonneg)
make_offsetters.<locals>.add_offset(n: int(nonneg), offset: int(nonneg) = 100) -> int(nonneg)
make_op.<locals>.op(x: int(nonneg)) -> int(nonneg)
make_op.<locals>.op(x: int(nonneg)) -> int
