# Lexicographic comparison of nested lists and min/max on lists.
lists = [[1, 2], [1, 2, 3], [0, 9], [1], [], [1, 1, 9]]
print(sorted(lists))
print(max(lists), min(lists))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print([1, 2] == (1, 2), [[]] == [[]], [None] == [None])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
