# The methods and operators of lists: index/count/remove (ValueError when missing), 'in' and ==
# on lists of ints, strs, tuples, lists and instances (equal when identical), list * n, slices and del l[i:j] with negative and
# out-of-range bounds, extend, insert and pop at any index (IndexError), enumerate().


class Box(object):
    def __init__(self, value):
        self.value = value


class BigBox(Box):
    pass


def text(items):
    return ",".join([str(x) for x in items])


def searching(n):
    items = [n % 4, 3, 1, n % 4, 2, 3]
    out = [items.index(3), items.count(3), items.count(n % 4), items.count(99)]
    try:
        out.append(items.index(n + 100))
    except ValueError:
        out.append(-1)
    items.remove(3)
    try:
        items.remove(77)
    except ValueError:
        out.append(-2)
    out.append(len(items))
    words = ["a", "bc", str(n), "bc"]
    out.append(words.index("bc") * 10 + words.count("b" + "c"))
    if str(n) in words and "zz" not in words:
        out.append(1)
    pairs = [(1, "x"), (n, "y"), (2, "z")]
    if (n, "y") in pairs and (n, "q") not in pairs:
        out.append(pairs.index((2, "z")))
    first = Box(n)
    boxes = [first, Box(n), BigBox(n)]
    out += [boxes.index(boxes[2]), boxes.count(first), int(Box(n) in boxes), int(boxes[0] == boxes[1]), int(boxes[0] != first), int(boxes[2] == first)]
    return text(out) + "|" + text(items)


def equality(n):
    a = [[1, 2], [n]]
    b = [[1, 2], [n]]
    c = [[1, 2], [n, 0]]
    strs = ["x" + str(n), "y"]
    out = [a == b, a != c, a == c, strs == ["x" + str(n), "y"], strs == ["y"], [(1, "a")] == [(1, "a")], [(1, "a")] != [(1, "b")]]
    return text([int(x) for x in out])


def slicing(n):
    items = [x * 10 for x in range(8)]
    parts = [items[2:5], items[-3:], items[:-6], items[-100:2], items[5:100], items[6:2], items[n:], items[:n]]
    out = [text(p) for p in parts]
    doubled = items[:3] * 2 + [n] * 3 + items[:2] * 0 + [7] * (n % 3 - 1)
    out.append(text(doubled))
    cut = list(items)
    del cut[2:4]
    del cut[-2:]
    del cut[10:20]
    del cut[n:n + 1]
    out.append(text(cut))
    return "/".join(out)


def changing(n):
    items = [1, 2, 3]
    items.extend([4, 5])
    items.extend(items)
    items.insert(0, -1)
    items.insert(-1, 99)
    items.insert(100, 100)
    items.insert(-100, -100)
    out = [items.pop(), items.pop(0), items.pop(-2)]
    try:
        out.append(items.pop(n))
    except IndexError:
        out.append(-5)
    try:
        items[n * 3] = 7
    except IndexError:
        out.append(-6)
    try:
        del items[n - 20]
    except IndexError:
        out.append(-7)
    items.reverse()
    return text(out) + "|" + text(items)


def enumerating(n):
    total = 0
    for i, w in enumerate(["a", "bb", str(n)]):
        total = total * 10 + i * len(w)
    for i, c in enumerate("xy" + str(n)):
        total += i * ord(c)
    return total


def main(n):
    return searching(n) + "\n" + equality(n) + "\n" + slicing(n) + "\n" + changing(n) + "\n" + str(enumerating(n))
