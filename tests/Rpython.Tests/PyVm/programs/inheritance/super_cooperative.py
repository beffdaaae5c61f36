# Cooperative __init__ with super() and **kwargs through a diamond.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.log.append("leftover " + ",".join(sorted(kw)))

class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

class Sized(Base):
    def __init__(self, size, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Sized")

class Item(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Item")

it = Item(name="cup", size=3, colour="red")
print(it.name, it.size, it.log)
print([c.__name__ for c in Item.__mro__])
