def f():
    class Local:
        pass
    return Local
