# pyvm: unsupported
# User-defined descriptors and __slots__.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)
class Item:
    __slots__ = ("_price",)
    price = Positive()
    def __init__(self, price):
        self.price = price
it = Item(5)
print(it.price)
try:
    it.price = -1
except ValueError as e:
    print("ValueError:", e)
try:
    it.other = 1
except AttributeError as e:
    print("AttributeError:", e)
