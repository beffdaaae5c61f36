entry_point(argv: list(str(no_nul))) -> int
Forth.__init__(self: instance of forth_like_interpreter.Forth) -> None
Forth.run(self: instance of forth_like_interpreter.Forth, source: str) -> None
find_token(tokens: list(str), wanted: char(no_nul) = ';', start: int(nonneg)) -> int(nonneg)
Forth.pop(self: instance of forth_like_interpreter.Forth) -> int
ForthError.__init__(self: instance of forth_like_interpreter.ForthError, message: str) -> None
class forth_like_interpreter.Forth:
    stack: list(int, resizable)
    words: dict(str -> str)
class forth_like_interpreter.ForthError(Exception):
    message: str
