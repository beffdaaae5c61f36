# len of every sized builtin and of user classes; errors.
class Sized:
    def __len__(self): return 7
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 100, 7)), len(b"xy"), len(Sized()))
class Negative:
    def __len__(self): return -1
try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)
try:
    len(iter([]))
except TypeError as e:
    print("TypeError:", e)
