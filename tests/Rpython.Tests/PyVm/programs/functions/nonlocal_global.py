# nonlocal rebinds an enclosing function's variable; global rebinds a module variable.
total = 0
def add_global(n):
    global total
    total += n
add_global(5)
add_global(7)
print(total)
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    r = middle()
    return r, x
print(outer())
def accumulate():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    return push, items
push, items = accumulate()
push("a"); push("b")
print(items)
try:
    def broken():
        print(undefined_name_here)
    broken()
except NameError as e:
    print("NameError:", e)
