# != uses the negation of __eq__ when __ne__ is not defined; == falls back to identity.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.__eq__ called")
        return isinstance(o, A) and self.v == o.v
print(A(1) != A(1), A(1) != A(2))
class B:
    pass
b = B()
print(b == b, b != B(), A(1) == 1)
class C:
    def __eq__(self, o): return NotImplemented
print(C() == C(), C() != C())
