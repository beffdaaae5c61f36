entry_point(argv: list(str(no_nul))) -> int
evaluate(env: dict(str(no_nul) -> int), name: str(no_nul)) -> int
lookup(env: dict(str(no_nul) -> int), name: str(no_nul)) -> int
UnboundName.__init__(self: instance of exceptions_custom_hierarchy.UnboundName, name: str(no_nul)) -> None
InterpError.__init__(self: instance of exceptions_custom_hierarchy.InterpError, message: str(no_nul)) -> None
check(value: int) -> int(nonneg)
class exceptions_custom_hierarchy.InterpError(Exception):
    message: str(no_nul)
class exceptions_custom_hierarchy.UnboundName(exceptions_custom_hierarchy.InterpError):
    name: str(no_nul)
class exceptions_custom_hierarchy.TypeMismatch(exceptions_custom_hierarchy.InterpError):
