entry_point(argv: list(str(no_nul))) -> int
Code.__init__(self: instance of interpreter_frame_locals.Code, ops: list(int(nonneg)), consts: list(int(nonneg)), nlocals: int(nonneg) = 1) -> None
Frame.__init__(self: instance of interpreter_frame_locals.Frame, code: instance of interpreter_frame_locals.Code) -> None
Frame.run(self: instance of interpreter_frame_locals.Frame) -> int
class interpreter_frame_locals.Code:
    consts: list(int(nonneg))
    nlocals: int(nonneg) = 1
    ops: list(int(nonneg))
class interpreter_frame_locals.Frame:
    code: instance of interpreter_frame_locals.Code
    locals: list(int(nonneg), mutated)
    stack: list(int(nonneg), resizable)
