entry_point(argv: list(str(no_nul))) -> int
try_access(name: str(no_nul), level: int(nonneg)) -> int
access(name: str(no_nul), level: int(nonneg)) -> int(nonneg)
Denied.__init__(self: instance of isinstance_in_exception_handler.Denied, level: int(nonneg)) -> None
NotFound.__init__(self: instance of isinstance_in_exception_handler.NotFound, what: str(no_nul)) -> None
class isinstance_in_exception_handler.AppError(Exception):
class isinstance_in_exception_handler.Denied(isinstance_in_exception_handler.AppError):
    level: int(nonneg)
class isinstance_in_exception_handler.NotFound(isinstance_in_exception_handler.AppError):
    what: str(no_nul)
