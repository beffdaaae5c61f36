# for loops call iter() then next() until StopIteration; an iterator class by hand.
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)))
f = Fib(10)
print([x for x in f], sum(f), max(f))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it), next(it, "end"))
