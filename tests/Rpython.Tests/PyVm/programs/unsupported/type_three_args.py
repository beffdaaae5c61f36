# pyvm: unsupported
# Creating a class dynamically with type(name, bases, dict).
Point = type("Point", (), {"x": 0, "describe": lambda self: "Point at %d" % self.x})
p = Point()
p.x = 5
print(Point.__name__, p.describe())
