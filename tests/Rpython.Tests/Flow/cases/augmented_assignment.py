# x[i] += v and x.a += v evaluate x and i once (a call in them happens once), then getitem or
# getattr, the in-place operation and setitem or setattr; in a try, each can end a block.


def bump(counts, keys, k):
    counts[keys.pop()] += k
    return counts


class Box(object):
    def __init__(self):
        self.value = 0


def make(boxes):
    return boxes[0]


def grow(boxes, n):
    make(boxes).value *= n
    try:
        boxes[n].value //= n
    except ZeroDivisionError:
        return -1
    return boxes[0].value
