def f(flag):
    if flag:
        y = 1
    return y
