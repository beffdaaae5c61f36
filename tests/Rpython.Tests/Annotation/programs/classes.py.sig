entry_point(argv: list(str(no_nul))) -> int(nonneg)
Square.__init__(self: instance of classes.Square, side: int(nonneg) = 3) -> None
Shape.__init__(self: instance of classes.Shape, name: str(no_nul)) -> None
Rect.__init__(self: instance of classes.Rect, w: int(nonneg) = 2, h: int(nonneg)) -> None
total_area(shapes: list(instance of classes.Shape)) -> int(nonneg)
Rect.area(self: instance of classes.Rect) -> int(nonneg)
Shape.area(self: instance of classes.Shape) -> int(nonneg) = 0
Square.area(self: instance of classes.Square) -> int(nonneg) = 9
class classes.Shape:
    name: str(no_nul)
class classes.Square(classes.Shape):
    side: int(nonneg) = 3
class classes.Rect(classes.Shape):
    h: int(nonneg)
    w: int(nonneg) = 2
