# Truthiness of containers, numbers and objects with __bool__ or __len__.
class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Flag:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        return self.value

class Plain:
    pass

for obj in [Empty(), Full(), Flag(True), Flag(False), Plain()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
for v in [0, 1, -1, 0.0, "", " ", [], [[]], (), {}, {0: 0}, set(), range(0), range(3)]:
    print(repr(v), bool(v))
