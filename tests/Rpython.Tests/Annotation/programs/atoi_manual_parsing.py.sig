entry_point(argv: list(str(no_nul))) -> int
parse_or_default(s: str(no_nul), default: int(nonneg) = 0) -> int
atoi(s: str(no_nul)) -> int
class atoi_manual_parsing.ParseError(Exception):
