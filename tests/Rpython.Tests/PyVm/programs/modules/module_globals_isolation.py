# Each module has its own globals: a function from a module sees that module's names, not ours.
LIMIT = 5
import _validators
print(LIMIT, _validators.LIMIT, _validators.check_range(99))
def check_range(v):
    return "ours"
print(check_range(1), _validators.check_range(1), _validators.scale(2, 2))
