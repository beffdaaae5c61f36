entry_point(argv: list(str(no_nul))) -> int(nonneg)
apply_both(x: int(nonneg)) -> int(nonneg)
make_scaler.<locals>.scale(x: int(nonneg)) -> int(nonneg)
make_scaler.<locals>.scale(x: int(nonneg)) -> int(nonneg)
