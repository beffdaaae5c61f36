entry_point(argv: list(str(no_nul))) -> int
interpret(program: str(no_nul) = 'iidij', counter: int(nonneg)) -> int
