entry_point(argv: list(str(no_nul))) -> int(nonneg)
classify_number(n: int) -> str(no_nul)
first_word_length(text: str(no_nul)) -> int(nonneg)
