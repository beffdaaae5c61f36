def f(x):
    g = lambda y: y + x
    return g
