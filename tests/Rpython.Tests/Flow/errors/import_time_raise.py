TABLE = {"a": 1}
VALUE = TABLE["b"]


def f():
    return 1
