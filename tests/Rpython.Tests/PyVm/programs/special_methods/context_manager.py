# __enter__ and __exit__: the with statement, exceptions passed to __exit__, suppression.
class Tag:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("<%s>" % self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("</%s>" % self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tag("a") as t:
    print("inside", t.name)
with Tag("outer"), Tag("inner"):
    print("nested")
with Tag("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with Tag("p"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
