"""Sorting algorithms written out: insertion sort, merge sort (recursive, with slices),
quicksort (in place, Lomuto partition), heap sort, counting sort; each is checked against
list.sort() on pseudo-random data from a linear congruential generator, and stability of
merge sort is shown on (key, tag) tuples."""
from rpython.rlib.rfile import write_stdout


def lcg_values(n, seed, modulo):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % modulo)
    return out


def insertion_sort(a):
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if right[j][0] < left[i][0]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quicksort(a, lo, i - 1)
    quicksort(a, i + 1, hi)


def heap_sort(a):
    n = len(a)
    for start in range(n // 2 - 1, -1, -1):
        sift(a, start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(a, 0, end)


def sift(a, i, n):
    while True:
        c = 2 * i + 1
        if c >= n:
            return
        if c + 1 < n and a[c + 1] > a[c]:
            c += 1
        if a[i] >= a[c]:
            return
        a[i], a[c] = a[c], a[i]
        i = c


def counting_sort(a, modulo):
    counts = [0] * modulo
    for v in a:
        counts[v] += 1
    out = []
    for v in range(modulo):
        for k in range(counts[v]):
            out.append(v)
    return out


def entry_point(argv):
    data = lcg_values(300, 42, 1000)
    expected = list(data)
    expected.sort()
    a = list(data)
    insertion_sort(a)
    b = list(data)
    quicksort(b, 0, len(b) - 1)
    c = list(data)
    heap_sort(c)
    d = counting_sort(data, 1000)
    tagged = [(v, i) for i, v in enumerate(data)]
    m = [t[0] for t in merge_sort(tagged)]
    write_stdout("insertion %s, quick %s, heap %s, counting %s, merge %s\n" % (
        str(a == expected), str(b == expected), str(c == expected), str(d == expected), str(m == expected)))
    write_stdout("first ten: %s\n" % " ".join([str(x) for x in expected[:10]]))
    write_stdout("last ten: %s\n" % " ".join([str(x) for x in expected[-10:]]))
    pairs = [(2, 0), (1, 1), (2, 2), (1, 3), (0, 4), (2, 5)]  # (key, tag): tags a..f
    write_stdout("stable: %s\n" % " ".join(["%d%s" % (k, chr(ord("a") + t)) for k, t in merge_sort(pairs)]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
