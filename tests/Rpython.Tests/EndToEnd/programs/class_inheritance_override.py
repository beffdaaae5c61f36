"""Classes with inheritance: methods overridden in subclasses called through a variable typed
as the base class, a base method calling an overridden one (template method), explicit calls of
the base implementation (Base.method(self)), three levels of classes, and attributes set in
__init__ of the base and the subclass."""
from rpython.rlib.rfile import write_stdout


class Animal(object):
    def __init__(self, name):
        self.name = name
        self.legs = 4

    def sound(self):
        return "..."

    def describe(self):
        return "%s (%d legs) says %s" % (self.name, self.legs, self.sound())


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def sound(self):
        return Dog.sound(self) + " (squeaky)"


class Bird(Animal):
    def __init__(self, name, can_fly):
        Animal.__init__(self, name)
        self.legs = 2
        self.can_fly = can_fly

    def sound(self):
        return "tweet"

    def describe(self):
        base = Animal.describe(self)
        if self.can_fly:
            return base + " and flies"
        return base + " and walks"


def loudest(animals):
    best = animals[0]
    for a in animals:
        if len(a.sound()) > len(best.sound()):
            best = a
    return best


def entry_point(argv):
    zoo = [Animal("generic"), Dog("rex"), Puppy("bit"), Bird("tweety", True), Bird("pingu", False)]
    for a in zoo:
        write_stdout(a.describe() + "\n")
    write_stdout("loudest: %s\n" % loudest(zoo).name)
    pet = zoo[1]
    if len(argv) > 0:
        pet = zoo[2]
    write_stdout("pet: %s\n" % pet.sound())
    total_legs = 0
    for a in zoo:
        total_legs += a.legs
    write_stdout("legs: %d\n" % total_legs)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
