entry_point(argv: list(str(no_nul))) -> int
hypotenuse(a: float = 3.0, b: float) -> float
