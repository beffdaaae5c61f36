entry_point(argv: list(str(no_nul))) -> int
handle(n: int(nonneg)) -> int
level(n: int(nonneg)) -> int(nonneg)
class nested_try_blocks.Inner(Exception):
class nested_try_blocks.Outer(Exception):
