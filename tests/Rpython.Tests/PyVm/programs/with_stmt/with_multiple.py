# Several managers in one with statement: entered left to right, exited in reverse.
class M:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with M(1) as a, M(2) as b, M(3) as c:
    print("body", a + b + c)
class Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with M(10), Fails(), M(11):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
