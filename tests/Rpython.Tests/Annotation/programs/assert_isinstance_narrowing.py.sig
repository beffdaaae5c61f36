entry_point(argv: list(str(no_nul))) -> int(nonneg)
make(i: int(nonneg)) -> instance of assert_isinstance_narrowing.Token
Word.__init__(self: instance of assert_isinstance_narrowing.Word, text: str) -> None
Number.__init__(self: instance of assert_isinstance_narrowing.Number, value: int(nonneg)) -> None
number_value(token: instance of assert_isinstance_narrowing.Number) -> int(nonneg)
class assert_isinstance_narrowing.Token:
class assert_isinstance_narrowing.Word(assert_isinstance_narrowing.Token):
    text: str
class assert_isinstance_narrowing.Number(assert_isinstance_narrowing.Token):
    value: int(nonneg)
