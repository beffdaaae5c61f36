class Animal(object):
    legs = 4

    def __init__(self, name):
        self.name = name
        self.sound_count = 0

    def speak(self):
        return 1


class Dog(Animal):
    def speak(self):
        return 10


class Bird(Animal):
    legs = 2

    def __init__(self, name):
        Animal.__init__(self, name)
        self.sound_count = 5

    def speak(self):
        return 100


class Fish(Animal):
    legs = 0


KINDS = [Dog, Bird, Fish]


def make(n):
    cls = KINDS[n % 3]
    return cls("x" * (n % 5))


def main(n):
    total = 0
    for i in range(n % 7 + 3):
        a = make(n + i)
        total += a.speak() + a.legs * 1000 + a.sound_count * 10000 + len(a.name) * 100000
        if type(a) is Bird:
            total += 7
    return total
