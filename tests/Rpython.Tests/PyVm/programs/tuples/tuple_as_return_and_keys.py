# Tuples as multiple return values, dict keys for memoization, and sort keys.
def divmod_all(pairs):
    return tuple(divmod(a, b) for a, b in pairs)
print(divmod_all([(7, 2), (-7, 2), (100, 7)]))
memo = {}
def binom(n, k):
    if k in (0, n):
        return 1
    if (n, k) not in memo:
        memo[n, k] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[n, k]
print([binom(10, k) for k in range(11)], len(memo), binom(60, 30))
pts = [(3, -1), (-2, 4), (0, 0), (1, 1)]
print(sorted(pts, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)))
