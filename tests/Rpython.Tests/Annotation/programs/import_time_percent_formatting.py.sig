entry_point(argv: list(str(no_nul))) -> int(nonneg)
precedence(op: str(no_nul)) -> int(nonneg)
name_of(op: str(no_nul)) -> str(no_nul)
