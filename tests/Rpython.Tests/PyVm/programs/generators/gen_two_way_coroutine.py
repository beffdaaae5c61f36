# A generator-based coroutine that averages the values sent to it.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def delegate():
    result = yield from averager()
    yield "delegated result %r" % (result,)
d = delegate()
next(d)
d.send(4)
print(d.send(8), d.send(None))
