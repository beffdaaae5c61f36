# __hash__ and __eq__ make instances usable as dict keys and set members.
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return "Pt(%d,%d)" % (self.x, self.y)
d = {Pt(1, 2): "a"}
d[Pt(1, 2)] = "b"
print(d, len(d), Pt(1, 2) in d, Pt(2, 1) in d)
s = {Pt(0, 0), Pt(0, 0), Pt(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
class NoEq:
    pass
a = NoEq()
print(len({a, a, NoEq()}))
class EqOnly:
    def __eq__(self, o): return True
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
