# range: start/stop/step, negative steps, len, indexing, membership, equality, repr.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(4, 2), list(reversed(range(4))))
print(sum(range(101)), max(range(-5, 5)), len(range(-10, 10, 3)), range(10)[::-2])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(2 ** 70, 2 ** 70 + 3)[1], len(range(0, 2 ** 40, 2 ** 20)))
