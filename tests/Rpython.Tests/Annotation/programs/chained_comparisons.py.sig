entry_point(argv: list(str(no_nul))) -> int(nonneg)
in_range(x: int(nonneg), low: int(nonneg) = 0, high: int(nonneg) = 10) -> bool
ordered(a: int(nonneg) = 1, b: int(nonneg), c: int(nonneg) = 3) -> bool
grade(score: int(nonneg)) -> char(no_nul)
