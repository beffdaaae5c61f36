# The repr of sets of small ints lists them in CPython's hash-table order (a small int hashes to
# itself; the table has 8 slots, then grows), which is not always ascending or insertion order.
print({3, 1, 2}, {2, 1}, {1}, set(), frozenset({2, 1}))
print({0, 9, 4, 1}, {9, 4, 1, 0}, {x * x for x in range(-3, 4)})
print({10, 1, 3}, {3, 10, 1}, {8, 0}, {0, 8}, {16, 8, 0})
print({-1, -2, 5}, set(range(10, 0, -1)), set(range(20, 40, 3)))
s = {100, 200, 6, 3, 4, 8}
print(s)
s.discard(100)
s.add(300)
print(s, list(s), [x for x in s])
print(frozenset([5, 13, 21]), {5, 13, 21} | {29}, {5, 13} & {13, 5})
