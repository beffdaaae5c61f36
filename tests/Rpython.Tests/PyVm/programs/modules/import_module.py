# import of a sibling module: its top level runs once; attributes through the module.
import _geometry
print(_geometry.PI, _geometry.area_circle(2), _geometry.Rect(3, 4).area())
print(_geometry.__name__, type(_geometry).__name__)
import _geometry
import _geometry as geo
print(geo is _geometry, geo.PI)
