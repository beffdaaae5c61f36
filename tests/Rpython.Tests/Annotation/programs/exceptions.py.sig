entry_point(argv: list(str(no_nul))) -> int
safe_parse(s: str(no_nul)) -> int
parse_digit(s: str(no_nul), i: int(nonneg) = 0) -> int
ParseError.__init__(self: instance of exceptions.ParseError, message: str(no_nul) = 'not a digit', pos: int(nonneg) = 0) -> None
lookup(d: dict(str(no_nul) -> int(nonneg) = 1), k: str(no_nul)) -> int(nonneg)
class exceptions.ParseError(Exception):
    message: str(no_nul) = 'not a digit'
    pos: int(nonneg) = 0
