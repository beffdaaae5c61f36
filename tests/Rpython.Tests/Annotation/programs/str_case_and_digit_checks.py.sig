entry_point(argv: list(str(no_nul))) -> int
normalize_keyword(word: str(no_nul)) -> str
all_digits(word: str(no_nul)) -> bool
