# __and__, __or__, __xor__, __invert__, __lshift__, __rshift__ on a bit-set class.
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v & 0xFF)
    def __lshift__(self, n): return Bits((self.v << n) & 0xFF)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return format(self.v, "08b")
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 5, a >> 2)
