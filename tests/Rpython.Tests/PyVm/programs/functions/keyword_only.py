# Keyword-only parameters after * or *args; positional-only before /.
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(x, y, /, z):
    return x * y + z
print(posonly(2, 3, 4), posonly(2, 3, z=1))
try:
    posonly(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
