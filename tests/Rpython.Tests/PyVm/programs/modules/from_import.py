# from-import of names, with aliases.
from _geometry import PI, area_circle as circle, Rect
print(PI, circle(1), Rect(2, 5).area())
from _geometry import _private
print(_private)
try:
    from _geometry import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
