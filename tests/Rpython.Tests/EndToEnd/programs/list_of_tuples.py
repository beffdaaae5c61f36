"""Lists of tuples: building (name, score) records, unpacking them in for loops, sorting them
(tuples compare item by item), finding the best, grouping, and tuples of mixed types."""
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    records = [("carol", 82), ("alice", 95), ("bob", 82), ("dave", 70), ("alice", 60)]
    for name, score in records:
        write_stdout("%s: %d\n" % (name, score))
    records.sort()
    write_stdout("sorted by name then score: %s\n" % ", ".join(["%s=%d" % (n, s) for n, s in records]))
    by_score = [(s, n) for n, s in records]
    by_score.sort()
    by_score.reverse()
    write_stdout("by score: %s\n" % ", ".join(["%d:%s" % (s, n) for s, n in by_score]))
    best = records[0]
    for r in records:
        if r[1] > best[1]:
            best = r
    write_stdout("best: %s with %d\n" % (best[0], best[1]))
    points = [(1, 2), (3, -1), (0, 0), (-2, 5)]
    sx = 0
    sy = 0
    for x, y in points:
        sx += x
        sy += y
    write_stdout("sum = (%d, %d)\n" % (sx, sy))
    write_stdout("(1, 2) in points: %s, (2, 1) in points: %s\n" % (str((1, 2) in points), str((2, 1) in points)))
    mixed = [("pi", 3.14159, True), ("e", 2.71828, False)]
    for name, value, flag in mixed:
        write_stdout("%s=%.3f %s\n" % (name, value, str(flag)))
    nested = [((1, 2), "a"), ((0, 5), "b"), ((1, 1), "c")]
    nested.sort()
    write_stdout("%s\n" % "".join([t[1] for t in nested]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
