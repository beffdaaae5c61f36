entry_point(argv: list(str(no_nul))) -> int(nonneg)
checked_factorial(n: int(nonneg)) -> int
checked_power(base: int(nonneg) = 3, exponent: int(nonneg) = 50) -> int
