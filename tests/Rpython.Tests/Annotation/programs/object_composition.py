import sys


class Engine(object):
    def __init__(self, power):
        self.power = power
        self.running = False

    def start(self):
        self.running = True


class Wheel(object):
    def __init__(self, size):
        self.size = size


class Car(object):
    def __init__(self, power, wheel_size):
        self.engine = Engine(power)
        self.wheels = [Wheel(wheel_size) for _ in range(4)]

    def drive(self):
        self.engine.start()
        total = 0
        for w in self.wheels:
            total += w.size
        if self.engine.running:
            return self.engine.power + total
        return 0


def entry_point(argv):
    car = Car(90, 16 + len(argv))
    return car.drive()


if __name__ == "__main__":
    entry_point(sys.argv)
