entry_point(argv: list(str(no_nul))) -> int
Log.__init__(self: instance of finally_in_loops.Log) -> None
process(log: instance of finally_in_loops.Log, items: list(str(no_nul))) -> int
Log.add(self: instance of finally_in_loops.Log, line: str(no_nul)) -> None
class finally_in_loops.Log:
    lines: list(str(no_nul), resizable)
