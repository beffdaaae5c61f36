entry_point(argv: list(str(no_nul))) -> int
plural(word: str(no_nul) = 'file', count: int(nonneg)) -> str(no_nul)
sign(n: int) -> int
