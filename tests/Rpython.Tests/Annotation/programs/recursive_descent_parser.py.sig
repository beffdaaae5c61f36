entry_point(argv: list(str(no_nul))) -> int
Parser.__init__(self: instance of recursive_descent_parser.Parser, text: str(no_nul) = '2*(3+4)-5') -> None
Parser.expr(self: instance of recursive_descent_parser.Parser) -> int
Parser.term(self: instance of recursive_descent_parser.Parser) -> int
Parser.factor(self: instance of recursive_descent_parser.Parser) -> int
Parser.peek(self: instance of recursive_descent_parser.Parser) -> char
class recursive_descent_parser.Parser:
    pos: int(nonneg)
    text: str(no_nul) = '2*(3+4)-5'
