# Anything iterable works with unpacking, list(), tuple(), set(), sorted(), in, join.
def gen():
    yield 3
    yield 1
    yield 2
a, b, c = gen()
print(a, b, c, list(gen()), tuple(gen()), sorted(set(gen())), sorted(gen()), 2 in gen(), max(gen()))
print("-".join(str(x) for x in gen()), [*gen(), *gen()], dict(zip(gen(), "xyz")))
first, *rest = gen()
print(first, rest)
