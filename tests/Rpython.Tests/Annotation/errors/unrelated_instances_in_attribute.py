class Engine(object):
    pass


class Sail(object):
    pass


class Boat(object):
    def __init__(self):
        self.propulsion = Engine()

    def convert(self):
        self.propulsion = Sail()


def entry_point(argv):
    boat = Boat()
    boat.convert()
    return 0
