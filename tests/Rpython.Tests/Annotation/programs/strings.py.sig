entry_point(argv: list(str(no_nul))) -> int
shout(s: str) -> str
first_char(s: str(no_nul)) -> char(no_nul)
