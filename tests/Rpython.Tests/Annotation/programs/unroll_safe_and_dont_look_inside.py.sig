entry_point(argv: list(str(no_nul))) -> int
sum_small(values: list(int(nonneg))) -> int(nonneg)
slow_lookup(table: list(tuple(str(no_nul), int(nonneg))), key: char(no_nul) = 'b') -> int
opcode_length(opcode: int(nonneg) = 42) -> int(nonneg) = 3
