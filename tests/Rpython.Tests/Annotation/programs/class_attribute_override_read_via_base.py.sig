entry_point(argv: list(str(no_nul))) -> int(nonneg)
pick(flag: bool) -> instance of class_attribute_override_read_via_base.Animal
Animal.speak(self: instance of class_attribute_override_read_via_base.Animal) -> str(no_nul)
class class_attribute_override_read_via_base.Animal:
    sound: str(no_nul)
class class_attribute_override_read_via_base.Bird(class_attribute_override_read_via_base.Animal):
class class_attribute_override_read_via_base.Dog(class_attribute_override_read_via_base.Animal):
