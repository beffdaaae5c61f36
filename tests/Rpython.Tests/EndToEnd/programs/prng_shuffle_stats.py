"""A deterministic pseudo-random generator (xorshift64* on r_uint, wrapping), uniform ints by
modulo and floats in [0, 1) from the top 53 bits, a Fisher-Yates shuffle, dice histograms and
a Monte-Carlo estimate of pi; identical on every run and machine."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import r_uint, intmask


class Rng(object):
    def __init__(self, seed):
        self.state = r_uint(seed)

    def next(self):
        x = self.state
        x ^= x >> 12
        x ^= x << 25
        x ^= x >> 27
        self.state = x
        return x * r_uint(2685821657736338717)

    def below(self, n):
        return intmask(self.next() % r_uint(n))

    def uniform(self):
        return float(intmask(self.next() >> 11)) / 9007199254740992.0


def shuffle(rng, items):
    i = len(items) - 1
    while i > 0:
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]
        i -= 1


def entry_point(argv):
    rng = Rng(20240601)
    write_stdout("raw: %s\n" % " ".join([str(rng.next()) for i in range(4)]))
    deck = [str(i) for i in range(1, 14)]
    shuffle(rng, deck)
    write_stdout("shuffled: %s\n" % " ".join(deck))
    counts = [0] * 11
    for i in range(3000):
        counts[rng.below(6) + rng.below(6)] += 1
    write_stdout("two dice: %s\n" % " ".join(["%d:%d" % (k + 2, counts[k]) for k in range(11)]))
    inside = 0
    n = 6000
    for i in range(n):
        x = rng.uniform()
        y = rng.uniform()
        if x * x + y * y < 1.0:
            inside += 1
    write_stdout("pi ~ %s (%d of %d inside)\n" % (str(4.0 * inside / n), inside, n))
    u = [rng.uniform() for i in range(3)]
    write_stdout("uniforms: %s %s %s\n" % (str(u[0]), str(u[1]), str(u[2])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
