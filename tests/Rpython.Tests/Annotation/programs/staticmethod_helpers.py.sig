entry_point(argv: list(str(no_nul))) -> int(nonneg)
Color.__init__(self: instance of staticmethod_helpers.Color, r: int(nonneg), g: int(nonneg), b: int(nonneg)) -> None
Color.brighten(self: instance of staticmethod_helpers.Color, amount: int(nonneg) = 10) -> instance of staticmethod_helpers.Color
Color.clamp(value: int(nonneg)) -> int(nonneg)
Color.total(self: instance of staticmethod_helpers.Color) -> int(nonneg)
class staticmethod_helpers.Color:
    b: int(nonneg)
    g: int(nonneg)
    r: int(nonneg)
