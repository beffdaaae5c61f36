# Generator expressions evaluate the first iterable immediately, the rest lazily.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8, 9]
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
def make():
    return (i * j for i in range(3) for j in range(2))
print(list(make()))
