entry_point(argv: list(str(no_nul))) -> int
sum_valid(texts: list(str(no_nul))) -> int
parse_number(text: str(no_nul)) -> int
