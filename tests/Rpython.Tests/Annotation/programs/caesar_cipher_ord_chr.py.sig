entry_point(argv: list(str(no_nul))) -> int(nonneg)
caesar(text: str, shift: int) -> str
shift_char(c: char, shift: int) -> char
