entry_point(argv: list(str(no_nul))) -> int(nonneg)
Square.__init__(self: instance of pkg_shapes.square.Square, side: int(nonneg)) -> None
total(shapes: list(instance of pkg_shapes.base.Shape)) -> int(nonneg)
Shape.area(self: instance of pkg_shapes.base.Shape) -> int(nonneg) = 0
Square.area(self: instance of pkg_shapes.square.Square) -> int(nonneg)
class pkg_shapes.base.Shape:
class pkg_shapes.square.Square(pkg_shapes.base.Shape):
    side: int(nonneg)
