# __eq__, __ne__, __lt__, __le__, __gt__, __ge__ and reflection of comparisons.
class Ver:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __repr__(self): return "Ver(%s)" % ".".join(map(str, self.parts))
    __hash__ = None
a, b, c = Ver("1.2.10"), Ver("1.10"), Ver("1.2.10")
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a == "1.2.10")
print(sorted([b, a, Ver("0.9"), Ver("1.2")]), max(a, b), min([b, a]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    Ver("1") < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
