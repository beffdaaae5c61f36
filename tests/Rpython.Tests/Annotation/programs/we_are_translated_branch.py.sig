entry_point(argv: list(str(no_nul))) -> int(nonneg)
debug_info(x: int(nonneg)) -> int(nonneg)
