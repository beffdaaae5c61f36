# Generating permutations and combinations with recursive generators.
def permutations(xs):
    if not xs:
        yield ()
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield (xs[i],) + rest
def combinations(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs) - k + 1):
        for rest in combinations(xs[i + 1:], k - 1):
            yield (xs[i],) + rest
print(list(permutations((1, 2, 3))))
print(list(combinations("abcde", 3)))
print(sum(1 for _ in permutations(tuple(range(6)))), sum(1 for _ in combinations(tuple(range(20)), 4)))
