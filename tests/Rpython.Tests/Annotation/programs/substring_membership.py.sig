entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_vowels(text: str(no_nul) = 'The quick brown fox jumps over the lazy dog') -> int(nonneg)
mentions(text: str(no_nul) = 'The quick brown fox jumps over the lazy dog', word: str(no_nul)) -> bool
