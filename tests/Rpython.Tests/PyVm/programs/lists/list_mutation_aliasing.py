# Lists are mutable and shared by reference.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
def add_item(lst, x):
    lst.append(x)
    return lst
d = []
add_item(d, 1)
add_item(d, 2)
print(d)
a += [6]
print(a, b)
