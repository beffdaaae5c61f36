# Slice assignment: replace, grow, shrink, insert, extended slices.
a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[1:6] = []
print(a)
a[1:1] = [10, 20]
print(a)
a[:] = "xyz"
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::3] = "ABC"
print(b)
b[len(b):] = [100]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[5:] = [9]
c[-10:1] = ["start"]
print(c)
