# Pairing iterables of unequal lengths with explicit iterators and sentinels.
def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    done = object()
    while True:
        x, y = next(ia, done), next(ib, done)
        if x is done and y is done:
            return
        yield (fill if x is done else x, fill if y is done else y)
print(list(zip_longest("abcd", [1, 2])))
print(list(zip_longest([], [1], fill="-")))
