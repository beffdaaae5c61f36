# Starred expressions in list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b, 2}, [*range(3), *"xy"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1, "w": 0}, {"first": 0, **d1})
print(*a, *b)
t = *a, 9
print(t)
