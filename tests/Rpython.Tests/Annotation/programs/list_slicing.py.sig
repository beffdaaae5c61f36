entry_point(argv: list(str(no_nul))) -> int(nonneg)
window_sums(values: list(int(nonneg)), size: int(nonneg) = 3) -> list(int(nonneg), resizable)
drop_ends(values: list(int(nonneg))) -> list(int(nonneg))
