# Duck typing and polymorphic dispatch through overridden methods.
class Expr:
    pass
class Num(Expr):
    def __init__(self, v): self.v = v
    def eval(self): return self.v
    def show(self): return str(self.v)
class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self): return self.a.eval() + self.b.eval()
    def show(self): return "(" + self.a.show() + " + " + self.b.show() + ")"
class Mul(Add):
    def eval(self): return self.a.eval() * self.b.eval()
    def show(self): return super().show().replace("+", "*")

e = Add(Num(2), Mul(Num(3), Add(Num(4), Num(5))))
print(e.show(), "=", e.eval())
class Duck:
    def eval(self): return 42
    def show(self): return "duck"
print(Add(Duck(), Num(1)).show(), Add(Duck(), Num(1)).eval())
