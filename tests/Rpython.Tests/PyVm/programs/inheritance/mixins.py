# Mixin classes adding behaviour through multiple inheritance.
class ReprMixin:
    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, items)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
class CompareMixin:
    def __lt__(self, other):
        return self.key() < other.key()
class Point(ReprMixin, EqMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def key(self):
        return (self.x, self.y)
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(pts, sorted(pts), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
print([c.__name__ for c in Point.__mro__])
