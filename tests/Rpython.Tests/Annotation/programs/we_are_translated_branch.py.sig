entry_point(argv: list(str(no_nul))) -> int
compute(n: int(nonneg)) -> int(nonneg)
debug_log(message: str(no_nul) = 'compute called') -> None
