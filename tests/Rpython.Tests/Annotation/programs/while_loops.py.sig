entry_point(argv: list(str(no_nul))) -> int(nonneg)
gcd(a: int(nonneg) = 48, b: int(nonneg)) -> int(nonneg)
collatz_steps(n: int(nonneg) = 27) -> int(nonneg)
