# Dicts with int keys: every operation and method, growth past several resizes, deletion then
# reinsertion, insertion order after deletes, KeyError caught, iteration, copy/update/clear.


def checksum(d):
    """Folds the keys and values in iteration order: equal only if the order is the same."""
    total = len(d)
    for k in d:
        total = (total * 31 + k * 7 + d[k]) % 1000000007
    return total


def grow(n):
    d = {}
    i = 0
    while i < 200 + n % 50:
        d[i * 7 - 300] = i
        i += 1
    return d


def delete_and_reinsert(n):
    d = grow(n)
    for k in list(d.keys()):
        if k % 3 == 0:
            del d[k]
    # reinsert some deleted keys: they go to the end
    d[-300] = 1000
    d[3] = 2000
    # overwrite keeps the position
    d[4] = 3000
    total = checksum(d)
    # delete almost everything: compaction and shrinking
    for k in list(d.keys()):
        if k != 4:
            del d[k]
    total += checksum(d) * 3
    for i in range(100):
        d[i] = i * n
    return total + checksum(d)


def errors(n):
    d = {1: 10, 2: 20}
    caught = 0
    try:
        caught += d[n]
    except KeyError:
        caught += 1000
    try:
        del d[n + 5]
    except KeyError:
        caught += 2000
    try:
        caught += d.pop(n * 2)
    except KeyError:
        caught += 4000
    d.clear()
    try:
        d.popitem()
    except KeyError:
        caught += 8000
    return caught


def methods(n):
    d = {5: 50, 6: 60, 7: 70}
    total = d.get(5, -1) + d.get(n, -1) + d.pop(6) + d.pop(n, 11)
    total += d.setdefault(7, 0) + d.setdefault(n + 100, 9)
    keys = list(d.keys())
    values = list(d.values())
    items = list(d.items())
    for k, v in items:
        total = total * 3 + k + v
    total += len(keys) * 1000 + values[0]
    k, v = d.popitem()
    total += k * 100 + v
    other = d.copy()
    other[1] = 1
    d.update({2: 2, 5: 500})
    total += checksum(d) + checksum(other) * 7
    if d:
        total += 1
    d.clear()
    if not d:
        total += 2
    d[3] = 4
    return total + checksum(d) + len(d)


def main(n):
    return (checksum(grow(n)) + delete_and_reinsert(n) * 3 + errors(n) * 5 + methods(n) * 7) % 1000000007
