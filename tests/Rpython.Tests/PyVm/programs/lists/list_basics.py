# Creating, indexing, len, concatenation, repetition, membership, equality.
a = [1, 2, 3]
b = list("xyz")
print(a, b, len(a), a[0], a[-1], a + b, a * 2, [0] * 4, [] * 3)
print(2 in a, 5 in a, "y" in b, a == [1, 2, 3], a != b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(list(), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a + (4,)
except TypeError as e:
    print("TypeError:", e)
