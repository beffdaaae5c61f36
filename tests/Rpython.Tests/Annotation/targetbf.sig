entry_point(argv: list(str(no_nul))) -> int(nonneg)
run(source: str) -> None
parse(program: str) -> tuple(str, dict(int(nonneg) -> int(nonneg)))
mainloop(program: str, bracket_map: dict(int(nonneg) -> int(nonneg))) -> None
Tape.__init__(self: instance of targetbf.Tape) -> None
Tape.advance(self: instance of targetbf.Tape) -> None
Tape.devance(self: instance of targetbf.Tape) -> None
Tape.inc(self: instance of targetbf.Tape) -> None
Tape.dec(self: instance of targetbf.Tape) -> None
Tape.get(self: instance of targetbf.Tape) -> int(nonneg)
Tape.set(self: instance of targetbf.Tape, val: int(nonneg)) -> None
get_matching_bracket(bracket_map: dict(int(nonneg) -> int(nonneg)), pc: int(nonneg)) -> int(nonneg)
class targetbf.Tape:
    position: int
    thetape: list(int(nonneg), resizable)
