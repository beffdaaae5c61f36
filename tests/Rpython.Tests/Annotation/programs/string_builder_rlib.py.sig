entry_point(argv: list(str(no_nul))) -> int(nonneg)
repeat_joined(word: str(no_nul) = 'ab', times: int(nonneg), separator: str(no_nul) = ', ') -> str
escape(text: str(no_nul)) -> str
