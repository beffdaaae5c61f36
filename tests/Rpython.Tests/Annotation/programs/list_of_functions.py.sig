entry_point(argv: list(str(no_nul))) -> int(nonneg)
normalize(text: str(no_nul)) -> str
collapse_dashes(s: str) -> str
lowercase(s: str) -> str
strip_spaces(s: str) -> str
