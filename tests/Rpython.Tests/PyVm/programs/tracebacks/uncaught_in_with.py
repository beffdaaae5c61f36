# An uncaught exception leaving a with block runs __exit__ first.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0].__name__)
        return False
with Resource():
    print("using")
    raise OSError("device not ready")
