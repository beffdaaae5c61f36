entry_point(argv: list(str(no_nul))) -> int(nonneg)
Memo.__init__(self: instance of fibonacci_memo_dict.Memo) -> None
Memo.fib(self: instance of fibonacci_memo_dict.Memo, n: int) -> int(nonneg)
class fibonacci_memo_dict.Memo:
    cache: dict(int -> int(nonneg))
