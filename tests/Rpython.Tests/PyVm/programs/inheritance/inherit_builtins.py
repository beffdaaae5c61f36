# Subclassing builtin types: list, dict, int, str, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

class Meters(int):
    def __str__(self):
        return "%dm" % int(self)

class Shout(str):
    def shout(self):
        return self.upper() + "!"

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
d = DefaultDict()
d["a"] += 5
print(d["b"], d, isinstance(d, dict))
m = Meters(5)
print(m, m + 2, type(m + 2).__name__, repr(m))
print(Shout("hi").shout(), Shout("x") == "x", len(Shout("abc")))
