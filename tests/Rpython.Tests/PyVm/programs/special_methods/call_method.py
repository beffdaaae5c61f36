# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, y=1): return self.k * x * y
double = Multiplier(2)
print(double(5), double(5, y=3), callable(double), list(map(double, [1, 2, 3])))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), c.n)
