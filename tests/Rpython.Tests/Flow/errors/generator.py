def gen(n):
    yield n
