entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_words(words: list(str(no_nul))) -> dict(str(no_nul) -> int(nonneg))
