def build(n):
    items = [3, 1, 4]
    for i in range(n % 7):
        items.append(i * n)
    return items


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def main(n):
    items = build(n)
    items[0] = n
    items.insert(1, 5)
    last = items.pop()
    first = items.pop(0)
    count = len(items)
    if 4 in items:
        count += 100
    fixed = [n, n + 1, n + 2]
    other = items + [9, 9]
    try:
        bad = items[n]
    except IndexError:
        bad = -1
    return total(items) * 1000 + count * 10 + fixed[-1] + last + first + len(other) + bad + total(items[1:3])
