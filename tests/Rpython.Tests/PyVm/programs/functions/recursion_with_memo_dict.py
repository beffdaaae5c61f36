# Recursion with an explicit memo dict: grid paths, partitions, Catalan numbers.
def paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
def partitions(n, k=None, memo=None):
    memo = {} if memo is None else memo
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[n, k] = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
    return memo[n, k]
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c[n]
print(paths(16, 16), [partitions(n) for n in range(1, 15)], partitions(100), catalan(30))
