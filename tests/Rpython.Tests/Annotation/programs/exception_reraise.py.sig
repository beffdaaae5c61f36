entry_point(argv: list(str(no_nul))) -> int
run_all(values: list(int(nonneg))) -> tuple(int, int(nonneg))
run_logged(n: int(nonneg), log: list(int(nonneg), resizable)) -> int(nonneg)
step(n: int(nonneg)) -> int(nonneg)
VMError.__init__(self: instance of exception_reraise.VMError, code: int(nonneg)) -> None
class exception_reraise.VMError(Exception):
    code: int(nonneg)
