# None is a singleton: compared with is; ordering comparisons raise TypeError.
x = None
print(x is None, x == None, x != 0, None == False, bool(None), repr(None), str(None))
d = {None: "none-key"}
print(d[None], [None] * 3, None in [0, None], type(None)())
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
print(f() is None, print() is None)
