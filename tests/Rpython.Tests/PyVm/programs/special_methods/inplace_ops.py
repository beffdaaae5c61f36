# __iadd__ and __imul__ mutate in place; without them += falls back to __add__.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
a *= 2
print(a.items, a is alias)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
