entry_point(argv: list(str(no_nul))) -> int(nonneg)
evens_squared(n: int(nonneg)) -> list(int(nonneg), resizable)
long_words(words: list(str(no_nul)), limit: int(nonneg) = 2) -> list(str, resizable)
lengths(words: list(str, resizable)) -> list(int(nonneg), resizable)
