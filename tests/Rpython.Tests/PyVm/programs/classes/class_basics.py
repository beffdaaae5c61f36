# A class with __init__, methods, instance attributes and a default repr-free printout.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def dist2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, q.x, q.y, p.dist2(), q.dist2())
p.x = 10
p.label = "new attribute"
print(p.x, p.label, type(p).__name__, type(p) is Point, Point.__name__)
print(Point.dist2(q), isinstance(p, Point), isinstance(3, Point))
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
