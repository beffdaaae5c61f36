entry_point(argv: list(str(no_nul))) -> int
first_or_default__list(int(nonneg))(items: list(int(nonneg)), default: int(nonneg) = 0) -> int(nonneg)
first_or_default__list(str(no_nul))(items: list(str(no_nul)), default: str(no_nul) = 'none') -> str(no_nul)
larger__float_float(a: float = 2.5, b: float = 1.5) -> float = 2.5
larger__int(nonneg)_int(nonneg)(a: int(nonneg), b: int(nonneg) = 7) -> int(nonneg)
