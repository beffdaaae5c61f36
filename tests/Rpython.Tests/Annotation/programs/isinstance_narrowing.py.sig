entry_point(argv: list(str(no_nul))) -> int
make(flag: bool) -> instance of isinstance_narrowing.Value
StrValue.__init__(self: instance of isinstance_narrowing.StrValue, s: str(no_nul) = 'hello') -> None
IntValue.__init__(self: instance of isinstance_narrowing.IntValue, n: int(nonneg) = 42) -> None
describe(v: instance of isinstance_narrowing.Value) -> int
class isinstance_narrowing.Value:
class isinstance_narrowing.StrValue(isinstance_narrowing.Value):
    s: str(no_nul) = 'hello'
class isinstance_narrowing.IntValue(isinstance_narrowing.Value):
    n: int(nonneg) = 42
