entry_point(argv: list(str(no_nul))) -> int
smallest(words: list(str(no_nul))) -> str(no_nul)
compare(a: str(no_nul), b: str(no_nul)) -> int
