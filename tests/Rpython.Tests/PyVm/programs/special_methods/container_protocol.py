# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Sparse:
    def __init__(self, n): self.n, self.data = n, {}
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return self.data.get(i, 0)
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __contains__(self, v): return v in self.data.values()
s = Sparse(5)
s[1] = 10
s[3] = 30
print(len(s), s[1], s[2], list(s), 30 in s, 0 in s, 99 not in s)
del s[1]
print(list(s), bool(s))
try:
    s[9]
except IndexError as e:
    print("IndexError:", e)
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty())
