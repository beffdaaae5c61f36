# Module attributes can be listed, read with getattr and set from outside.
import _geometry
names = sorted(n for n in dir(_geometry) if not n.startswith("__"))
print(names)
print(getattr(_geometry, "PI"), hasattr(_geometry, "nothing"))
_geometry.NEW = "added"
from _geometry import NEW
print(NEW)
