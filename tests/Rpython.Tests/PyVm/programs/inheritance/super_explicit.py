# super(Class, self) with explicit arguments, and super() in classmethods.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
class B(A):
    def f(self):
        return "B.f+" + super(B, self).f()
    @classmethod
    def make(cls):
        return "B.make+" + super().make()
class C(B):
    def f(self):
        return "C.f+" + super(B, self).f()
print(A().f(), B().f(), C().f())
print(B.make(), C.make())
