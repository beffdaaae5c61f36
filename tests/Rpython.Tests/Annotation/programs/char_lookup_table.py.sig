entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_identifiers(text: str(no_nul)) -> int(nonneg)
char_class(c: char(no_nul)) -> int(nonneg)
