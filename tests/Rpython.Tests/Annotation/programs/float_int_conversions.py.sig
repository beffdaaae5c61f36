entry_point(argv: list(str(no_nul))) -> int
celsius_to_fahrenheit(c: float) -> float
mean_int(values: list(int(nonneg))) -> float
round_half_up(x: float) -> int
