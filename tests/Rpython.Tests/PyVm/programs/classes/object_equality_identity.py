# Default equality is identity; is vs ==; None comparisons.
class P:
    pass
a, b = P(), P()
c = a
print(a == b, a == c, a is c, a is not b, a != b)
print([a, b].index(b), a in [b, c], b in [a])
print(None is None, [] is [], [] == [], 1 == 1.0)
x = [1, 2]
y = x
y += [3]
print(x is y, x)
