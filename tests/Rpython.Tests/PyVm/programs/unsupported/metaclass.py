# pyvm: unsupported
# A metaclass that records the classes it creates.
created = []
class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        created.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(created, type(Child).__name__)
