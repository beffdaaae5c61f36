# Class attributes are shared; assigning on an instance shadows them.
class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.count, a.id, c.id)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
del a.kind
print(a.kind)
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
x, y = Bag(), Bag()
x.add(1); y.add(2)
print(x.items, y.items, x.items is Bag.items)
