entry_point(argv: list(str(no_nul))) -> int
encode(text: str(no_nul)) -> str
decode(encoded: str) -> str
