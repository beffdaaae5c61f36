"""Descriptive statistics over lists of floats: mean, variance (two-pass and Welford's online
algorithm), standard deviation with math.sqrt, median via sort, min/max, a histogram with
int() bucketing, and linear regression by least squares."""
import math
from rpython.rlib.rfile import write_stdout


def mean(xs):
    t = 0.0
    for x in xs:
        t += x
    return t / len(xs)


def variance(xs):
    m = mean(xs)
    t = 0.0
    for x in xs:
        t += (x - m) * (x - m)
    return t / (len(xs) - 1)


def welford(xs):
    n = 0
    m = 0.0
    s = 0.0
    for x in xs:
        n += 1
        d = x - m
        m += d / n
        s += d * (x - m)
    return m, s / (n - 1)


def median(xs):
    s = list(xs)
    s.sort()
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def regression(xs, ys):
    mx = mean(xs)
    my = mean(ys)
    num = 0.0
    den = 0.0
    for i in range(len(xs)):
        num += (xs[i] - mx) * (ys[i] - my)
        den += (xs[i] - mx) * (xs[i] - mx)
    slope = num / den
    return slope, my - slope * mx


def entry_point(argv):
    data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 3.3, 7.8, 6.0, 4.4, 2.2]
    write_stdout("n=%d mean=%s median=%s\n" % (len(data), str(mean(data)), str(median(data))))
    v = variance(data)
    wm, wv = welford(data)
    write_stdout("variance=%s stddev=%s\n" % (str(v), str(math.sqrt(v))))
    write_stdout("welford mean=%s variance=%s\n" % (str(wm), str(wv)))
    lo = data[0]
    hi = data[0]
    for x in data:
        lo = min(lo, x)
        hi = max(hi, x)
    write_stdout("min=%s max=%s range=%s\n" % (str(lo), str(hi), str(hi - lo)))
    buckets = [0] * 5
    for x in data:
        b = int((x - lo) / (hi - lo) * 5)
        if b == 5:
            b = 4
        buckets[b] += 1
    for i in range(5):
        write_stdout("%5.2f-%5.2f %s\n" % (lo + i * (hi - lo) / 5, lo + (i + 1) * (hi - lo) / 5, "*" * buckets[i]))
    xs = [float(i) for i in range(10)]
    ys = [3.0 * x - 2.0 + (0.1 if i % 2 == 0 else -0.1) for i, x in enumerate(xs)]
    slope, intercept = regression(xs, ys)
    write_stdout("fit: y = %s x + %s\n" % (str(slope), str(intercept)))
    write_stdout("median of evens: %s\n" % str(median([4.0, 1.0, 3.0, 2.0])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
