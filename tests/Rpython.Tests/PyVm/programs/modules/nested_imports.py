# A module importing another: each module runs once.
import _shapes
import _geometry
print(_shapes.total_area([_shapes.Square(3), _geometry.Rect(1, 2)]))
print(isinstance(_shapes.Square(1), _geometry.Rect), _shapes.Rect is _geometry.Rect)
print(_shapes._geometry is _geometry)
