# Hand-written chain, cycle and islice generators.
def chain(*its):
    for it in its:
        yield from it
def cycle(xs):
    while True:
        yield from xs
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(chain([1, 2], "ab", range(3))))
print(list(islice(cycle("xyz"), 8)))
print(list(islice(chain(range(3), cycle([9])), 6)))
