# Exceptions raised inside generators propagate to the consumer; try/finally in generators.
def risky(n):
    try:
        for i in range(n):
            if i == 3:
                raise ValueError("i is 3")
            yield i
    finally:
        print("generator cleanup")
try:
    for v in risky(10):
        print(v)
except ValueError as e:
    print("caught", e)
g = risky(10)
print(next(g))
g.close()
print("after close")
