entry_point(argv: list(str(no_nul))) -> int(nonneg)
describe(name: str(no_nul), count: int(nonneg), ratio: float = 0.5) -> str
hex_dump(values: list(int(nonneg))) -> str
