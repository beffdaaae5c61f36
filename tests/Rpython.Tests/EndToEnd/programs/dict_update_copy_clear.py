"""dict.update (new keys appended in order, existing keys overwritten in place), copy (an
independent dict: changes to one do not show in the other), clear, and reuse after clear."""
from rpython.rlib.rfile import write_stdout


def show(d):
    return "{" + ", ".join(["%s: %d" % (k, v) for k, v in d.items()]) + "}"


def entry_point(argv):
    base = {"x": 1, "y": 2}
    extra = {"y": 20, "z": 30, "w": 40}
    base.update(extra)
    write_stdout("update: %s\n" % show(base))
    base.update({})
    write_stdout("update({}): %s\n" % show(base))
    snapshot = base.copy()
    base["x"] = 100
    del base["z"]
    snapshot["new"] = 7
    write_stdout("base: %s\n" % show(base))
    write_stdout("snapshot: %s\n" % show(snapshot))
    base.clear()
    write_stdout("cleared: %s len %d\n" % (show(base), len(base)))
    base["again"] = 1
    base["x"] = 2
    write_stdout("reused: %s\n" % show(base))
    merged = {}
    for part in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}]:
        merged.update(part)
    write_stdout("merged: %s\n" % show(merged))
    copy_of_empty = {}.copy()
    copy_of_empty["k"] = 1
    write_stdout("copy of empty: %s\n" % show(copy_of_empty))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
