# A generator that is exhausted stays exhausted; generators are iterators of themselves.
def two():
    yield "a"
    yield "b"
g = two()
print(iter(g) is g, list(g), list(g))
def fresh():
    return two()
print(list(fresh()), list(fresh()))
def recurse(n):
    if n:
        yield n
        yield from recurse(n - 1)
print(list(recurse(5)))
