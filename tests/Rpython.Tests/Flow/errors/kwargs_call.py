def g(**kw):
    return 0


def f(d):
    return g(**d)
