# global at module and function level, one or several names
global a
global a, b, c
def f():
    global x
    global y, z
    x = 1
# nonlocal in nested functions and classes
def outer():
    a = b = 0
    def inner():
        nonlocal a
        nonlocal a, b
        a += 1
    class K:
        def m(self):
            nonlocal a
    return inner
# on one line with other statements
def g(): global q; q = 1
def h():
    v = 0
    def i(): nonlocal v; v = 2
