entry_point(argv: list(str(no_nul))) -> int(nonneg)
primes_below(n: int(nonneg)) -> list(int(nonneg), resizable)
