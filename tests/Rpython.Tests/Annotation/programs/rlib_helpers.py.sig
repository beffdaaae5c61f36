entry_point(argv: list(str(no_nul))) -> int(nonneg)
render(words: list(str(no_nul))) -> str
Tokens.__init__(self: instance of rlib_helpers.Tokens) -> None
CounterMixin.bump(self: instance of rlib_helpers.Tokens) -> int(nonneg)
log(message: str) -> None
CounterMixin.bump(self: instance of rlib_helpers.Lines) -> int(nonneg)
class rlib_helpers.Tokens:
    count: int(nonneg)
class rlib_helpers.Lines:
    count: int(nonneg)
