entry_point(argv: list(str(no_nul))) -> int(nonneg)
make_range(start: int(nonneg), stop: int(nonneg), step: int(nonneg), inclusive: bool) -> list(int(nonneg), resizable)
Point.__init__(self: instance of keyword_arguments_calls.Point, x: int(nonneg), y: int(nonneg)) -> None
Point.moved(self: instance of keyword_arguments_calls.Point, dx: int(nonneg), dy: int(nonneg)) -> instance of keyword_arguments_calls.Point
class keyword_arguments_calls.Point:
    x: int(nonneg)
    y: int(nonneg)
