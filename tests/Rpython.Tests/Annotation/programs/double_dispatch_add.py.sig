entry_point(argv: list(str(no_nul))) -> int
IntNumber.__init__(self: instance of double_dispatch_add.IntNumber, value: int(nonneg)) -> None
FloatNumber.__init__(self: instance of double_dispatch_add.FloatNumber, value: float) -> None
IntNumber.add(self: instance of double_dispatch_add.IntNumber, other: instance of double_dispatch_add.FloatNumber) -> instance of double_dispatch_add.FloatNumber
FloatNumber.add_int(self: instance of double_dispatch_add.FloatNumber, value: int(nonneg)) -> instance of double_dispatch_add.FloatNumber
FloatNumber.add(self: instance of double_dispatch_add.FloatNumber, other: instance of double_dispatch_add.IntNumber) -> instance of double_dispatch_add.FloatNumber
IntNumber.add_float(self: instance of double_dispatch_add.IntNumber, value: float) -> instance of double_dispatch_add.FloatNumber
FloatNumber.as_float(self: instance of double_dispatch_add.FloatNumber) -> float
class double_dispatch_add.Number:
class double_dispatch_add.IntNumber(double_dispatch_add.Number):
    value: int(nonneg)
class double_dispatch_add.FloatNumber(double_dispatch_add.Number):
    value: float
