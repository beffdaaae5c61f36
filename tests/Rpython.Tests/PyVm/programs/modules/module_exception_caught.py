# Exceptions defined in a helper module are caught by class, through the module's name.
import _validators
from _validators import ValidationError, scale
print(scale(10, 3))
for v in (50, 150, -1):
    try:
        print(scale(v, 2))
    except _validators.ValidationError as e:
        print("invalid:", e, type(e).__name__, isinstance(e, ValidationError))
_validators.LIMIT = 1000
print(scale(150, 2))
