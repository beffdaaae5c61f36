"""rpython.rlib.objectmodel.r_dict: a dict whose keys are compared and hashed by functions the
program gives: case-insensitive str keys, and instances compared by value; overwriting through
an equal key keeps the first key, and get/in/del/len/iteration all use the custom equality."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.objectmodel import r_dict


def lower_eq(a, b):
    return a.lower() == b.lower()


def lower_hash(a):
    h = 0
    for c in a.lower():
        h = (h * 31 + ord(c)) & 0xffffff
    return h


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def point_eq(p, q):
    return p.x == q.x and p.y == q.y


def point_hash(p):
    return p.x * 1000003 + p.y


def entry_point(argv):
    d = r_dict(lower_eq, lower_hash)
    d["Hello"] = 1
    d["WORLD"] = 2
    d["hello"] = 3
    write_stdout("len %d, HELLO -> %d, World -> %d\n" % (len(d), d["HELLO"], d["World"]))
    write_stdout("keys: %s\n" % " ".join([k for k in d]))
    write_stdout("'wOrLd' in d: %s, 'other' in d: %s, get: %d\n" % (str("wOrLd" in d), str("other" in d), d.get("other", -1)))
    del d["HELLO"]
    write_stdout("after del: %s\n" % " ".join([k for k in d]))
    try:
        write_stdout("%d\n" % d["missing"])
    except KeyError:
        write_stdout("missing: KeyError\n")
    pts = r_dict(point_eq, point_hash)
    pts[Point(1, 2)] = "first"
    pts[Point(3, 4)] = "second"
    pts[Point(1, 2)] = "replaced"
    write_stdout("points: %d, (1,2) -> %s, (3,4) -> %s\n" % (len(pts), pts[Point(1, 2)], pts[Point(3, 4)]))
    for p, v in pts.items():
        write_stdout("(%d, %d): %s\n" % (p.x, p.y, v))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
