entry_point(argv: list(str(no_nul))) -> int(nonneg)
identity(n: int(nonneg) = 2) -> list(list(int(nonneg), mutated), resizable)
make_matrix(rows: int(nonneg), cols: int(nonneg), fill: int(nonneg) = 0) -> list(list(int(nonneg), mutated), resizable)
multiply(a: list(list(int(nonneg))), b: list(list(int(nonneg), mutated), resizable)) -> list(list(int(nonneg), mutated), resizable)
