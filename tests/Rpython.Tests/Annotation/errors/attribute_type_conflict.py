class Box(object):
    def __init__(self):
        self.content = 0

    def fill(self):
        self.content = "full"


def entry_point(argv):
    b = Box()
    b.fill()
    return 0
