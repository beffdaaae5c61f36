# An iterable that hands out independent iterators, and a single-use iterator that does not.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
class Once:
    def __init__(self, items):
        self.it = iter(items)
    def __iter__(self):
        return self.it
c = Countdown(3)
print(list(c), list(c), [(a, b) for a in c for b in c if a > b])
o = Once([1, 2, 3])
print(list(o), list(o))
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)))
