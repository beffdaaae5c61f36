# __index__ lets objects be used as indices and in bin/hex; __int__ and __float__ conversions.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
data = list("abcdef")
print(data[Idx(2)], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print(int(Num()), float(Num()), "ab" * Idx(3))
