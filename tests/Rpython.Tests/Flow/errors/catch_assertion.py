def f(x):
    try:
        return x[0]
    except AssertionError:
        return 0
