# obj.__class__ = Other: the instance keeps its attributes and takes the other class's methods,
# between user classes whose instances are alike; anything else is a TypeError.
class Cat:
    sound = "meow"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound


class Dog(Cat):
    sound = "woof"

    def speak(self):
        return self.name.upper() + " barks " + self.sound


class Robot:
    def speak(self):
        return "beep from " + self.name


pet = Cat("tom")
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
for cls in [Dog, Robot, Cat, Cat]:
    pet.__class__ = cls
    print(pet.speak(), type(pet).__name__, pet.__class__ is cls, isinstance(pet, Dog), vars(pet))
object.__setattr__(pet, "__class__", Dog)
setattr(pet, "__class__", Dog)
print(pet.speak(), "__class__" in vars(pet))


class Error1(ValueError):
    pass


class Error2(ValueError):
    pass


class Error3(Exception):
    pass


class MyList(list):
    pass


class OtherList(list):
    pass


e = Error1("bad")
e.__class__ = Error2
print(repr(e), isinstance(e, ValueError), e.args)
items = MyList([1, 2])
items.__class__ = OtherList
print(type(items).__name__, items + [3])


class Prop:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        print("setter", v)


class Hooked(Prop):
    def __setattr__(self, name, value):
        print("__setattr__", name, value)


Prop().x = 2
object.__setattr__(Prop(), "x", 3)
Hooked().x = 4
h = Hooked()
h.__class__ = Prop
print(type(h).__name__)
for target, value in [(Cat("a"), 5), (Cat("b"), int), (Cat("c"), MyList), (MyList(), Cat), (ValueError(), Error1), (e, Error3),
                      (e, Cat), (7, Cat), (Cat, Robot)]:
    try:
        target.__class__ = value
    except TypeError as err:
        print("TypeError:", err)
try:
    del pet.__class__
except TypeError as err:
    print("TypeError:", err)
