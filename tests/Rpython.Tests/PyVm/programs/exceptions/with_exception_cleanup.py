# Handlers that raise a new exception; the original is chained as __context__.
def cleanup():
    try:
        raise OSError("disk")
    except OSError as e:
        try:
            raise RuntimeError("while cleaning up") from e
        except RuntimeError as r:
            return r
r = cleanup()
print(repr(r), repr(r.__cause__), repr(r.__context__), r.__cause__ is r.__context__)
