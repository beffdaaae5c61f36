# Closures over loop variables in generators and the default-argument capture idiom.
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in multipliers()])
def make_counters(n):
    counters = []
    for i in range(n):
        def counter(start=i):
            count = start
            def step():
                nonlocal count
                count += 1
                return count
            return step
        counters.append(counter())
    return counters
cs = make_counters(3)
print([c() for c in cs], [c() for c in cs])
