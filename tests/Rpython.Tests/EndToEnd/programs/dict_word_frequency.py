"""A word-frequency count: splitting a text, normalising words (lower case, punctuation
stripped), counting in a dict, then ranking by count (ties by word) with a list of tuples
sorted, and a dict of dicts for letter bigrams."""
from rpython.rlib.rfile import write_stdout

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""


def entry_point(argv):
    counts = {}
    for raw in TEXT.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            counts[w] = counts.get(w, 0) + 1
    ranked = [(-n, w) for w, n in counts.items()]
    ranked.sort()
    for neg, w in ranked[:8]:
        write_stdout("%-8s %d\n" % (w, -neg))
    write_stdout("%d distinct words\n" % len(counts))
    bigrams = {}
    for w in counts:
        for i in range(len(w) - 1):
            inner = bigrams.setdefault(w[i], {})
            inner[w[i + 1]] = inner.get(w[i + 1], 0) + 1
    for first in ["t", "w", "e"]:
        inner = bigrams[first]
        write_stdout("%s -> %s\n" % (first, " ".join(["%s%d" % (k, v) for k, v in inner.items()])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
