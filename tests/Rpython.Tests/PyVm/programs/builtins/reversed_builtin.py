# reversed on lists, tuples, strs, ranges and objects with __reversed__ or the sequence protocol.
print(list(reversed([1, 2, 3])), tuple(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(1, 10, 3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
class Custom:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Seq())), list(reversed(Custom())), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
