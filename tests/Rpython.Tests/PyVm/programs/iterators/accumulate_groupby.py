# Running totals and grouping consecutive equal keys, by hand.
def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def groupby(xs, key):
    group, current = [], None
    for x in xs:
        k = key(x)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if group:
        yield current, group
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(groupby("aaabccaa", lambda c: c)))
print([(k, len(g)) for k, g in groupby(range(10), lambda n: n // 3)])
