import sys


class Vehicle(object):
    def __init__(self, wheels):
        self.wheels = wheels

    def describe(self):
        return "vehicle"

    def capacity(self):
        return 1


class Car(Vehicle):
    def __init__(self, seats):
        Vehicle.__init__(self, 4)
        self.seats = seats

    def describe(self):
        return "car"

    def capacity(self):
        return self.seats


class SportsCar(Car):
    def __init__(self):
        Car.__init__(self, 2)
        self.top_speed = 300

    def describe(self):
        return "sports " + Car.describe(self)


def total(vehicles):
    seats = 0
    for v in vehicles:
        seats += v.capacity() + len(v.describe())
    return seats


def entry_point(argv):
    fleet = [Vehicle(len(argv)), Car(5), SportsCar()]
    return total(fleet)


if __name__ == "__main__":
    entry_point(sys.argv)
