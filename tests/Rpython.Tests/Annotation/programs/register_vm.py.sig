entry_point(argv: list(str(no_nul))) -> int
run(program: list(tuple(int(nonneg), int(nonneg), int(nonneg))), registers: list(int, mutated)) -> int(nonneg)
