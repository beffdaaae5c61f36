# send() passes values into a running generator; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
