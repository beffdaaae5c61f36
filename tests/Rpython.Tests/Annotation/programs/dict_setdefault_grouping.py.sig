entry_point(argv: list(str(no_nul))) -> int(nonneg)
index_by_initial(words: list(str(no_nul))) -> dict(char(no_nul) -> list(str(no_nul), resizable))
biggest_bucket(index: dict(char(no_nul) -> list(str(no_nul), resizable))) -> int(nonneg)
