def f(cls, x):
    try:
        return x[0]
    except cls:
        return 0
