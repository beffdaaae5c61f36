import sys


class Animal(object):
    sound = "..."
    legs = 4

    def speak(self):
        return self.sound


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2


def entry_point(argv):
    animals = [Dog(), Bird()]
    total = 0
    for a in animals:
        total += a.legs + len(a.speak())
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
