"""Dict iteration order is insertion order: deleting a key removes it from the order,
reinserting it puts it at the end, overwriting keeps its place; checked after many deletes
and reinsertions (which also make the dict resize and compact)."""
from rpython.rlib.rfile import write_stdout


def keys_of(d):
    return " ".join([str(k) for k in d.keys()])


def entry_point(argv):
    d = {}
    for k in [5, 3, 9, 1, 7]:
        d[k] = k * k
    write_stdout("start: %s\n" % keys_of(d))
    del d[3]
    write_stdout("del 3: %s\n" % keys_of(d))
    d[3] = 0
    write_stdout("add 3: %s\n" % keys_of(d))
    d[9] = -1
    write_stdout("overwrite 9: %s (d[9]=%d)\n" % (keys_of(d), d[9]))
    del d[5]
    del d[1]
    d[5] = 1
    write_stdout("del 5, 1; add 5: %s\n" % keys_of(d))
    big = {}
    for i in range(200):
        big[i] = i
    for i in range(0, 200, 2):
        del big[i]
    for i in range(0, 20, 4):
        big[i] = -i
    ks = list(big.keys())  # a view in Python 3: list() to slice it
    write_stdout("big: len %d, first %s, last %s\n" % (len(big), " ".join([str(k) for k in ks[:5]]), " ".join([str(k) for k in ks[-6:]])))
    total = 0
    for k, v in big.items():
        total += v
    write_stdout("sum of values %d\n" % total)
    churn = {}
    for round_ in range(50):
        churn["k%d" % (round_ % 7)] = round_
        if round_ % 3 == 0:
            del churn["k%d" % (round_ % 7)]
    write_stdout("churn: %s\n" % " ".join(["%s=%d" % (k, v) for k, v in churn.items()]))
    strs = {"b": 1, "a": 2}
    del strs["b"]
    strs["c"] = 3
    strs["b"] = 4
    write_stdout("strs: %s\n" % " ".join(strs.keys()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
