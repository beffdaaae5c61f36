# __exit__ returning True suppresses the exception; returning falsy lets it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None

with Suppress(KeyError, IndexError):
    {}["missing"]
with Suppress(ZeroDivisionError):
    print(1 / 0)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
