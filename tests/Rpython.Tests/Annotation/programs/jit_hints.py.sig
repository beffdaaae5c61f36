entry_point(argv: list(str(no_nul))) -> int
run(code: str(no_nul) = '12345') -> int
cost(code: str(no_nul) = '12345', pc: int(nonneg)) -> int
