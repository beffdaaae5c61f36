# del on indices and slices, and item assignment.
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
a[0] = "first"
a[-1] = "last"
print(a)
del a[:]
print(a)
x = [1, 2, 3]
try:
    del x[5]
except IndexError as e:
    print("IndexError:", e)
try:
    x[3] = 0
except IndexError as e:
    print("IndexError:", e)
