# A generator's return value becomes StopIteration.value; return ends iteration early.
def limited(xs, limit):
    count = 0
    for x in xs:
        if count == limit:
            return "limit reached"
        yield x
        count += 1
    return "exhausted"
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(limited("abcdef", 3)))
print(collect(limited("ab", 3)))
