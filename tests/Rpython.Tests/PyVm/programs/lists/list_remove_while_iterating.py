# Removing items while iterating skips elements; iterate over a copy or build a new list.
a = [1, 2, 2, 3, 4, 4, 5]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 2, 3, 4, 4, 5]
for x in b[:]:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [x for x in [1, 2, 2, 3, 4, 4, 5] if x % 2]
print(c)
d = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(d):
    if d[i] % 3 == 0:
        del d[i]
    else:
        i += 1
print(d)
