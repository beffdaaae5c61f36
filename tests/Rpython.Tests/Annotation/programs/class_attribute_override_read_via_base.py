import sys


class Animal(object):
    sound = "..."

    def speak(self):
        return self.sound


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"


def pick(flag):
    if flag:
        return Dog()
    return Bird()


def entry_point(argv):
    return len(pick(len(argv) > 1).speak())


if __name__ == "__main__":
    entry_point(sys.argv)
