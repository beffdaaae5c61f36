# LEGB: local, enclosing, global, builtin; shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def local():
    x = "local"
    return x
print(outer(), local(), x)
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
max = min
print(max(3, 1, 2))
del max
print(max(3, 1, 2))
