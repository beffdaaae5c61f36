entry_point(argv: list(str(no_nul))) -> int
check_line(text: str(no_nul), line: int(nonneg)) -> int(nonneg)
InterpreterError.__init__(self: instance of exception_init_calls_base_init.SyntaxProblem, message: str(no_nul) = 'unexpected \'!\'', line: int(nonneg)) -> None
class exception_init_calls_base_init.InterpreterError(Exception):
    line: int(nonneg)
class exception_init_calls_base_init.SyntaxProblem(exception_init_calls_base_init.InterpreterError):
    message: str(no_nul) = 'unexpected \'!\''
