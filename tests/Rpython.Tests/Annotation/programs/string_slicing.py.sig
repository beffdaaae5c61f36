entry_point(argv: list(str(no_nul))) -> int(nonneg)
split_extension(filename: str(no_nul)) -> tuple(str(no_nul), str(no_nul))
middle(s: str(no_nul) = '[content]') -> str(no_nul)
