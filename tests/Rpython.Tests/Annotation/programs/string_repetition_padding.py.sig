entry_point(argv: list(str(no_nul))) -> int(nonneg)
pad_left(s: str(no_nul), width: int(nonneg), fill: char(no_nul)) -> str
banner(title: str(no_nul) = 'result') -> str = '==========\x0a| result |\x0a=========='
