entry_point(argv: list(str(no_nul))) -> int(nonneg)
shout(s: str(no_nul)) -> str
