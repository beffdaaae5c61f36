entry_point(argv: list(str(no_nul))) -> int
to_roman(n: int(nonneg)) -> str
from_roman(s: str) -> int
