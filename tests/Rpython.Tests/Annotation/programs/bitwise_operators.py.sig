entry_point(argv: list(str(no_nul))) -> int(nonneg)
pack(opcode: int(nonneg) = 3, arg: int(nonneg)) -> int(nonneg)
unpack(word: int(nonneg)) -> tuple(int(nonneg), int(nonneg))
toggle(flags: int(nonneg) = 10, mask: int(nonneg) = 6) -> int(nonneg) = 12
popcount(n: int(nonneg)) -> int(nonneg)
