entry_point(argv: list(str(no_nul))) -> int(nonneg)
Animal.speak(self: instance of class_attributes.Animal) -> str(no_nul)
class class_attributes.Animal:
    legs: int(nonneg)
    sound: str(no_nul)
class class_attributes.Dog(class_attributes.Animal):
class class_attributes.Bird(class_attributes.Animal):
