"""Dynamic programming with lists of lists: longest common subsequence (with the subsequence
reconstructed), Levenshtein distance, 0/1 knapsack, coin change (number of ways and fewest
coins), and the longest increasing subsequence."""
from rpython.rlib.rfile import write_stdout


def lcs(a, b):
    n = len(a)
    m = len(b)
    t = [[0] * (m + 1) for i in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = []
    i = 0
    j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 1
            if a[i - 1] == b[j - 1]:
                cost = 0
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
    return best[capacity]


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def fewest_coins(coins, amount):
    big = amount + 1
    best = [0] + [big] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    if best[amount] == big:
        return -1
    return best[amount]


def lis(values):
    tails = []
    for v in values:
        lo = 0
        hi = len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(v)
        else:
            tails[lo] = v
    return len(tails)


def entry_point(argv):
    for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("same", "same")]:
        write_stdout("lcs(%s, %s) = %s; levenshtein = %d\n" % (a, b, lcs(a, b), levenshtein(a, b)))
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
        write_stdout("levenshtein(%s, %s) = %d\n" % (a, b, levenshtein(a, b)))
    items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
    write_stdout("knapsack(15) = %d, knapsack(5) = %d\n" % (knapsack(items, 15), knapsack(items, 5)))
    write_stdout("ways(100, [1, 5, 10, 25, 50]) = %d\n" % coin_ways([1, 5, 10, 25, 50], 100))
    write_stdout("fewest(63, [1, 5, 10, 21, 25]) = %d, fewest(7, [2, 4]) = %d\n" % (fewest_coins([1, 5, 10, 21, 25], 63), fewest_coins([2, 4], 7)))
    write_stdout("lis = %d\n" % lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20, 1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
