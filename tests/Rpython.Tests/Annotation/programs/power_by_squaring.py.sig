entry_point(argv: list(str(no_nul))) -> int
power(base: int(nonneg) = 3, exponent: int(nonneg)) -> int(nonneg)
power_mod(base: int(nonneg) = 7, exponent: int(nonneg), modulus: int(nonneg) = 13) -> int(nonneg)
float_power(x: float = 1.5, n: int(nonneg) = 4) -> float
