# Overriding a property in a subclass and extending it through super().
class Base:
    @property
    def value(self):
        return 10
    def describe(self):
        return "value=%d" % self.value

class Derived(Base):
    @property
    def value(self):
        return super().value * 2

class Derived2(Derived):
    value = 7

print(Base().describe(), Derived().describe(), Derived2().describe())
