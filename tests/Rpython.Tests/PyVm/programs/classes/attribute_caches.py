# The VM caches what each attribute instruction found (per class and instance layout) and what
# class lookups found: every way a program can change the answer must be seen.

class Base:
    kind = "base"

    def describe(self):
        return self.kind + ":" + str(self.size)

    def grow(self):
        self.size = self.size + 1


class Small(Base):
    def __init__(self):
        self.size = 1


class Large(Base):
    kind = "large"

    def __init__(self):
        self.size = 100


class Odd(Base):
    def __init__(self):
        self.extra = 0      # another layout: size is the second attribute
        self.size = 7


class Fifth(Base):
    def __init__(self):
        self.size = 5


def show_all(objs):
    # one instruction sees instances of several classes and layouts
    print([o.describe() for o in objs])


objs = [Small(), Large(), Odd(), Fifth(), Small()]
for round in range(3):
    for o in objs:
        o.grow()
    show_all(objs)

# a class attribute changed after the caches were filled
Base.kind = "changed"
show_all(objs)
Small.kind = "small"
show_all(objs)
del Small.kind
show_all(objs)

# an instance attribute shadowing a method, and removed again
o = objs[0]
o.describe = lambda: "shadowed"
print(o.describe(), objs[4].describe())
del o.describe
print(o.describe())

# a method replaced on the class
def new_describe(self):
    return "new " + str(self.size)

Base.describe = new_describe
show_all(objs)

# a property added to a subclass after its instances were read and written
def read_size(self):
    return -1

def write_size(self, v):
    print("setter got", v)

Fifth.size = property(read_size, write_size)
objs[3].grow()
show_all(objs)

# __setattr__ defined after stores were cached
class Point:
    def __init__(self, x):
        self.x = x

def move(p, x):
    p.x = x
    p.y = x * 2

pts = [Point(1), Point(2)]
for p in pts:
    move(p, 3)
print([(p.x, p.y) for p in pts])

def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

Point.__setattr__ = logging_setattr
move(pts[0], 9)
print(pts[0].x, pts[0].y)
move(Point(4), 5)

# a data descriptor on the class wins over the instance's attribute
class Const:
    def __get__(self, obj, cls):
        return "const"

    def __set__(self, obj, value):
        print("descriptor set", value)

class Holder:
    pass

h = Holder()
h.v = 1
def read_v(x):
    return x.v
print(read_v(h), read_v(h))
Holder.v = Const()
print(read_v(h))
h.v = 2
print(read_v(h))

# static and class methods through instances
class Tools:
    factor = 3

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def triple(cls, x):
        return cls.factor * x

class MoreTools(Tools):
    factor = 4

for t in [Tools(), MoreTools(), Tools()]:
    print(t.double(5), t.triple(5))

# an attribute missing on one instance of a cached layout
class Lazy:
    pass

a = Lazy()
b = Lazy()
a.value = 1
def get_value(x):
    return x.value
print(get_value(a))
try:
    get_value(b)
except AttributeError as e:
    print("AttributeError:", e)
b.value = 2
print(get_value(b))
