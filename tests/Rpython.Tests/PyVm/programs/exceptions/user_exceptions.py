# User-defined exception classes with extra attributes and custom __str__.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.field, self.msg)
class NotFound(AppError):
    pass

def check(d):
    if "name" not in d:
        raise NotFound("no name")
    if len(d["name"]) < 3:
        raise ValidationError("name", "too short")
    return "ok"

for d in [{"name": "alice"}, {"name": "al"}, {}]:
    try:
        print(check(d))
    except ValidationError as e:
        print("invalid", e, e.field, e.args)
    except AppError as e:
        print("app error", type(e).__name__, e, repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
