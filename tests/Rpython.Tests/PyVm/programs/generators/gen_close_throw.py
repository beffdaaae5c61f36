# close() raises GeneratorExit inside the generator; throw() raises any exception there.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")
def simple():
    yield 1
s = simple()
next(s)
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
