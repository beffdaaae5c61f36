# An uncaught exception raised inside a helper module: the traceback names the module's file.
from _validators import scale
print(scale(5, 5))
print(scale(500, 5))
