# r_dict: dicts whose keys compare and hash with functions of the program.
from rpython.rlib.objectmodel import r_dict


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def point_eq(a, b):
    return a.x == b.x and a.y == b.y


def point_hash(p):
    return p.x * 1000 + p.y


def lower_eq(a, b):
    return a.lower() == b.lower()


def lower_hash(s):
    return len(s)


def points(n):
    d = r_dict(point_eq, point_hash)
    for i in range(60):
        d[Point(i % 7, (i + n) % 5)] = i
    total = len(d) * 1000 + d[Point(3, 3)]
    del d[Point(1, 1)]
    if Point(1, 1) not in d and Point(2, 2) in d:
        total += 7
    for p in d:
        total = (total * 3 + p.x * 10 + p.y + d[p]) % 1000003
    return total


def names(n):
    d = r_dict(lower_eq, lower_hash)
    for word in ["Foo", "bar", "FOO", "Baz", "BAR", "foo", "qux"]:
        d[word] = d.get(word, 0) + len(word) + n
    other = r_dict(lower_eq, lower_hash)
    other["QUX"] = 100
    other["zap"] = 200
    d.update(other)
    copy = d.copy()
    copy["baz"] = -1
    total = d.setdefault("BAZ", 5) + d.setdefault("new", 9) + d.pop("zap", 0) + d.pop("nope", 3)
    key, value = d.popitem()
    total += len(key) * 10 + value
    for k in d:
        total = total * 7 + len(k) + d[k]
    for k in copy:
        total = total * 5 + copy[k]
    try:
        total += d["zap"]
    except KeyError:
        total += 1
    return total % 1000003


def main(n):
    return points(n) + names(n) * 3
