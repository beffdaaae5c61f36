# A class with only __getitem__ is iterable (old sequence protocol) and supports in.
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError("done")
        return i * i
print(list(Squares()), 16 in Squares(), 17 in Squares())
for i, v in enumerate(Squares()):
    if i == 2:
        print("third", v)
print(sorted(Squares(), reverse=True), max(Squares()))
