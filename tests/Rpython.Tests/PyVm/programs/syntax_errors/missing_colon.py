# A compound statement without its colon.
def f(x)
    return x
