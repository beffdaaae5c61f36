def count(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def find(items, target):
    for item in items:
        if item == target:
            return True
    return False


def search(items):
    k = 0
    while True:
        if items[k] == 0:
            break
        if items[k] < 0:
            k += 2
            continue
        k += 1
    return k


def loop_else(n):
    for i in range(n):
        if i == 5:
            break
    else:
        return -1
    return i


def squares(items, limit):
    x = 100
    result = [x * x for x in items if x < limit]
    return result, x


def pairs(n):
    return [(i, j) for i in range(n) for j in range(i)]
