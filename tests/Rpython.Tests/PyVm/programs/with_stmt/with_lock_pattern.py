# A reentrant guard implemented with a counter, nested withs of the same object.
class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  " * (self.depth - 1) + "acquire", self.depth)
        return self
    def __exit__(self, *a):
        print("  " * (self.depth - 1) + "release", self.depth)
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            print("deepest", r.depth)
print(r.depth)
