entry_point(argv: list(str(no_nul))) -> int(nonneg)
Stack.__init__(self: instance of helpers_module.Stack) -> None
Stack.push(self: instance of helpers_module.Stack, x: int(nonneg)) -> None
Stack.pop(self: instance of helpers_module.Stack) -> int(nonneg)
class helpers_module.Stack:
    items: list(int(nonneg), resizable)
