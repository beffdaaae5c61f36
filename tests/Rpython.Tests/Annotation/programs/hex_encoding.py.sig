entry_point(argv: list(str(no_nul))) -> int
to_hex(n: int(nonneg)) -> str
from_hex(s: str) -> int
