# __radd__ and friends, NotImplemented falling back to the other operand.
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v) if isinstance(o, int) else NotImplemented
    def __rsub__(self, o): return Num(o - self.v)
    def __rmul__(self, o): return Num(o * self.v)
    def __repr__(self): return "Num(%d)" % self.v

n = Num(5)
print(n + 1, 1 + n, n + n, 10 - n, 3 * n, sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]))
try:
    n + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + n
except TypeError as e:
    print("TypeError:", e)
