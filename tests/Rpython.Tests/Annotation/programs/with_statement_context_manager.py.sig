entry_point(argv: list(str(no_nul))) -> int
Printer.__init__(self: instance of with_statement_context_manager.Printer) -> None
Printer.line(self: instance of with_statement_context_manager.Printer, text: str(no_nul)) -> None
Indent.__init__(self: instance of with_statement_context_manager.Indent, printer: instance of with_statement_context_manager.Printer) -> None
Indent.__enter__(self: instance of with_statement_context_manager.Indent) -> instance of with_statement_context_manager.Indent
Indent.__exit__(self: instance of with_statement_context_manager.Indent, exc_type: None, exc_value: None, traceback: None) -> bool = False
class with_statement_context_manager.Printer:
    level: int
    lines: list(str, resizable)
class with_statement_context_manager.Indent:
    printer: instance of with_statement_context_manager.Printer
