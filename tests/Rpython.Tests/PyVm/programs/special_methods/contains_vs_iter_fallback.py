# in uses __contains__ if defined, else iterates with __iter__, else __getitem__.
class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(1 in WithContains(), 2 in WithContains())
print(3 in WithIter(), 9 in WithIter())
print(20 in WithGetitem(), 25 not in WithGetitem())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
