# Closures capture variables, not values; each call makes a new cell.
def make_adder(n):
    def add(x):
        return x + n
    return add

add3, add10 = make_adder(3), make_adder(10)
print(add3(1), add10(1), add3(add10(0)))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
