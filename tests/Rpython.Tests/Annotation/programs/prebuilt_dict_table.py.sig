entry_point(argv: list(str(no_nul))) -> int(nonneg)
token_kind(word: str(no_nul)) -> int(nonneg)
unescape(text: str(no_nul) = 'a\\tb\\n\\q') -> str
