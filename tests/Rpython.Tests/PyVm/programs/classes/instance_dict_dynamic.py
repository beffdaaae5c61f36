# Attributes added dynamically, getattr/setattr/hasattr/delattr, __dict__.
class Box:
    def __init__(self):
        self.a = 1

b = Box()
setattr(b, "b", 2)
b.c = 3
print(getattr(b, "a"), getattr(b, "b"), getattr(b, "zz", "default"), hasattr(b, "c"), hasattr(b, "d"))
print(b.__dict__)
delattr(b, "a")
print(b.__dict__, hasattr(b, "a"))
for name in ["x", "y", "z"]:
    setattr(b, name, name * 2)
print(sorted(vars(b).items()))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
