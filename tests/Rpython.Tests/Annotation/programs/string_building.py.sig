entry_point(argv: list(str(no_nul))) -> int(nonneg)
join_numbers(n: int(nonneg)) -> str
strip_all(words: list(str(no_nul))) -> list(str, resizable)
