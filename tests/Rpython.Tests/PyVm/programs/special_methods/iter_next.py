# __iter__ and __next__ make an iterator class; StopIteration ends for loops.
class Countdown:
    def __init__(self, start): self.cur = start
    def __iter__(self): return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "end"))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
for a, b in zip(Countdown(3), Range2(10)):
    print(a, b)
