# Classes as records: equality by fields, ordering by a key, a copy method, __repr__ from fields.
class Rec:
    fields = ("name", "qty", "price")
    def __init__(self, *values):
        for f, v in zip(self.fields, values):
            setattr(self, f, v)
    def as_tuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __eq__(self, other):
        return type(other) is type(self) and self.as_tuple() == other.as_tuple()
    def __repr__(self):
        return "Rec(" + ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields) + ")"
    def replace(self, **changes):
        new = Rec(*self.as_tuple())
        for k, v in changes.items():
            setattr(new, k, v)
        return new
a = Rec("pen", 3, 1.5)
b = a.replace(qty=10)
print(a, b, a == b, a == a.replace(), a != b)
print(sorted([b, a], key=Rec.as_tuple))
