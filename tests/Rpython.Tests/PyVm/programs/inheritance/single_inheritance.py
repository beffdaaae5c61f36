# Overriding methods, calling the parent with super(), inherited attributes.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return "dog/" + super().kind()

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.speak(), a.kind(), type(a).__name__)
print(Puppy("p", "x").breed, Puppy.__bases__[0].__name__, Dog.__base__.__name__)
