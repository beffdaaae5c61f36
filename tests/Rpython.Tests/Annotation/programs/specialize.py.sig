entry_point(argv: list(str(no_nul))) -> int(nonneg)
describe__int(nonneg)(x: int(nonneg)) -> int(nonneg)
describe__str(no_nul)(x: str(no_nul)) -> str(no_nul)
pick__0(values: tuple(int(nonneg) = 1, str(no_nul) = 'two'), index: int(nonneg) = 0) -> int(nonneg) = 1
pick__1(values: tuple(int(nonneg) = 1, str(no_nul) = 'two'), index: int(nonneg) = 1) -> str(no_nul) = 'two'
