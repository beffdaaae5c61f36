entry_point(argv: list(str(no_nul))) -> int
safe_scan(text: str(no_nul)) -> int
scan(text: str(no_nul)) -> int(nonneg)
LexError.__init__(self: instance of except_tuple_as.LexError, pos: int(nonneg)) -> None
class except_tuple_as.LexError(Exception):
    pos: int(nonneg)
class except_tuple_as.BadChar(except_tuple_as.LexError):
class except_tuple_as.Unterminated(except_tuple_as.LexError):
