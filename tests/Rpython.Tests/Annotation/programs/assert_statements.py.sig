entry_point(argv: list(str(no_nul))) -> int(nonneg)
Stack.__init__(self: instance of assert_statements.Stack, capacity: int(nonneg) = 4) -> None
Stack.push(self: instance of assert_statements.Stack, value: int(nonneg)) -> None
Stack.pop(self: instance of assert_statements.Stack) -> int(nonneg)
class assert_statements.Stack:
    items: list(int(nonneg), mutated)
    top: int
