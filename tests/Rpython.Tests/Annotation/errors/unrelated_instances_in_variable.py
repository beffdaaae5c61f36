class Circle(object):
    def area(self):
        return 3


class Invoice(object):
    def area(self):
        return 0


def entry_point(argv):
    if len(argv) > 1:
        shape = Circle()
    else:
        shape = Invoice()
    return shape.area()
