# __bool__ and __len__ decide truthiness; __bool__ wins.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()), len(Both()))
print([x for x in [B(True), L(0), L(1), Both()] if x].__len__())
print("yes" if L(3) else "no", "yes" if B(False) else "no")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
