entry_point(argv: list(str(no_nul))) -> int
make_pairs(words: list(str(no_nul))) -> list(tuple(str(no_nul), int(nonneg)), resizable)
longest(pairs: list(tuple(str(no_nul), int(nonneg)), resizable)) -> tuple(str(no_nul), int)
