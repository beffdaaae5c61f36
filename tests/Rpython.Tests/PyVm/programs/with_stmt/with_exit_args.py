# The arguments __exit__ receives for an exception.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__ if et else None, repr(ev), tb is not None)
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError("k")
with Inspect():
    int("x")
