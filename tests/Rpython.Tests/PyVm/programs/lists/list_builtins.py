# len, sum, min, max, any, all, enumerate, zip and reversed on lists.
a = [4, -2, 7, 0, 3]
print(len(a), sum(a), min(a), max(a), sum(a, 10), any(a), all(a))
print(list(enumerate(a)), list(enumerate(a, 1))[:2])
print(list(zip(a, "abcde")), list(reversed(a)))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]))
print(max(a, key=abs), min(a, key=lambda v: -v), max([], default="none"))
