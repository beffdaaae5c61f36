# A helper module defining an exception class and functions that raise it.
class ValidationError(Exception):
    pass

LIMIT = 100

def check_range(value):
    if not 0 <= value <= LIMIT:
        raise ValidationError("%d is outside 0..%d" % (value, LIMIT))
    return value

def scale(value, factor):
    return check_range(value) * factor
