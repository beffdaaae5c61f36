# callable, hasattr, getattr, divmod, pow, hash of numbers, id-free identity checks.
print(callable(len), callable("s"), callable(lambda: 0), callable(int), callable(None))
print(hasattr("s", "upper"), hasattr([], "nope"), getattr(3, "real"), getattr([], "nope", "dflt"))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3))
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(-1) == hash(-2), hash(42), hash(2 ** 61 - 1))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
