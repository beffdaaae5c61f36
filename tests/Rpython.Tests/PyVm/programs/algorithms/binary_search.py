# Binary search, bisect-style insertion points, and search on answers.
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 3, 7, 9, 12]
print([bisect_left(a, x) for x in (0, 1, 3, 4, 12, 13)])
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 18)], isqrt(2 ** 101))
