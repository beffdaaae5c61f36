entry_point(argv: list(str(no_nul))) -> int
is_even(n: int) -> bool
is_odd(n: int) -> bool
fib(n: int) -> int
