entry_point(argv: list(str(no_nul))) -> int(nonneg)
Num.__init__(self: instance of methods_polymorphism.Num, value: int(nonneg)) -> None
Mul.__init__(self: instance of methods_polymorphism.Mul, left: instance of methods_polymorphism.Num, right: instance of methods_polymorphism.Num) -> None
Add.__init__(self: instance of methods_polymorphism.Add, left: instance of methods_polymorphism.Num, right: instance of methods_polymorphism.Mul) -> None
Add.eval(self: instance of methods_polymorphism.Add) -> int(nonneg)
Num.eval(self: instance of methods_polymorphism.Num) -> int(nonneg)
Mul.eval(self: instance of methods_polymorphism.Mul) -> int(nonneg)
class methods_polymorphism.Expr:
class methods_polymorphism.Num(methods_polymorphism.Expr):
    value: int(nonneg)
class methods_polymorphism.Mul(methods_polymorphism.Expr):
    left: instance of methods_polymorphism.Num
    right: instance of methods_polymorphism.Num
class methods_polymorphism.Add(methods_polymorphism.Expr):
    left: instance of methods_polymorphism.Num
    right: instance of methods_polymorphism.Mul
