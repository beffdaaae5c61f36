"""dict basics: item assignment and lookup, len, 'in' / 'not in', get with and without a
default (None when missing, on a dict of strs), keys(), values(), items() in insertion order, overwriting a value
(its position stays), iteration over the keys."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    d = {}
    d["one"] = 1
    d["two"] = 2
    d["three"] = 3
    d["two"] = 22
    write_stdout("len %d\n" % len(d))
    write_stdout("keys: %s\n" % ",".join(d.keys()))
    write_stdout("values: %s\n" % ",".join([str(v) for v in d.values()]))
    write_stdout("items: %s\n" % ",".join(["%s=%d" % (k, v) for k, v in d.items()]))
    for k in d:
        write_stdout("iter %s -> %d\n" % (k, d[k]))
    for k in ["one", "four", "three"]:
        write_stdout("%s: in=%s not in=%s get=%d\n" % (k, str(k in d), str(k not in d), d.get(k, -1)))
    names = {"en": "one", "fr": "un"}
    missing = names.get("de")
    if missing is None:
        write_stdout("get of a missing key without default is None\n")
    present = names.get("fr")
    if present is not None:
        write_stdout("get('fr') = %s\n" % present)
    literal = {"a": 1, "b": 2, "a": 3}
    write_stdout("literal with duplicate key: len %d, a=%d, keys %s\n" % (len(literal), literal["a"], "".join(literal.keys())))
    empty = {}
    empty[0] = "zero"
    write_stdout("%s %d\n" % (empty[0], len(empty)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
