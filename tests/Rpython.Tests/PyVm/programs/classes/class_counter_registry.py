# A registry of subclasses built in __init_subclass__-free style: a decorator and a class dict.
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

@register
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

for name, arg in [("circle", 2), ("square", 3)]:
    shape = registry[name](arg)
    print(name, type(shape).__name__, shape.area())
print(sorted(registry))
