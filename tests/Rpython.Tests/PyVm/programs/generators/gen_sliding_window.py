# Windows, pairs and chunks as generators.
def pairwise(xs):
    it = iter(xs)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def windows(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
print(list(pairwise([1, 4, 9, 16])))
print(list(windows(range(6), 3)))
print(list(chunks("abcdefg", 3)))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
